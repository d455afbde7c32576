// Autosave: forms marked data-autosave="<key>" post their fields to /drafts/<key> as the user
// types (at most every 2 seconds), so nothing typed is lost to a crash, a closed tab or a
// time-out. The server keeps the draft until the form is saved. Loaded as a file with the CSP nonce.
const DELAY_MS = 2000

function fieldsOf(form) {
  const fields = {}
  for (const [name, value] of new FormData(form)) {
    if (name === '_csrf' || typeof value !== 'string') continue
    if (name in fields) fields[name] = [].concat(fields[name], value)
    else fields[name] = value
  }
  return fields
}

function statusFor(form) {
  return form.parentElement?.querySelector('[data-draft-status]') ?? document.querySelector('[data-draft-status]')
}

export async function saveDraft(form) {
  const key = form.dataset.autosave
  const token = form.querySelector('input[name="_csrf"]')?.value
  if (!key || !token) return
  try {
    const response = await fetch(`/drafts/${key}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': token },
      body: JSON.stringify({ fields: fieldsOf(form) }),
      credentials: 'same-origin',
    })
    const status = statusFor(form)
    if (status && response.ok) {
      const time = new Date().toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })
      status.textContent = `Draft saved at ${time}. It is kept until you save this form.`
    }
  } catch {
    // Offline or signed out: the next change tries again; the form still submits normally.
  }
}

export function startAutosave() {
  for (const form of document.querySelectorAll('form[data-autosave]')) {
    if (!form.dataset.autosave) continue
    let timer
    const schedule = () => {
      clearTimeout(timer)
      timer = setTimeout(() => saveDraft(form), DELAY_MS)
    }
    form.addEventListener('input', schedule)
    form.addEventListener('change', schedule)
  }
}

export function saveAllDrafts() {
  return Promise.all([...document.querySelectorAll('form[data-autosave]')].filter((f) => f.dataset.autosave).map(saveDraft))
}
