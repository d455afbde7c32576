// Every casework URL is built here, so links and redirects agree with the routers.
export const urls = {
  myWork: () => '/my-work',
  myTeam: () => '/my-team',
  frontDoor: () => '/front-door',
  newContact: () => '/front-door/contacts/new',
  findChild: (contactId: number) => `/front-door/contacts/${contactId}/find-child`,
  screening: (contactId: number) => `/front-door/contacts/${contactId}/screening`,
  child: (childId: number) => `/children/${childId}`,
  chronology: (childId: number) => `/children/${childId}/chronology`,
  allocate: (childId: number) => `/children/${childId}/allocate`,
  recordMenu: (childId: number) => `/children/${childId}/record`,
  record: (childId: number, step: string) => `/children/${childId}/record/${step}`,
  draft: (formKey: string) => `/drafts/${encodeURIComponent(formKey)}`,
}
