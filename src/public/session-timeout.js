// Session time-out warning: two minutes before the idle time-out, a dialog says so and offers to
// stay signed in; drafts are saved at once. If nobody answers, drafts are saved again and the
// page goes to sign-in, which says the session timed out and that the draft was kept.
import { saveAllDrafts, startAutosave } from '/public/autosave.js'

const WARN_BEFORE_MS = 2 * 60 * 1000

function start() {
  startAutosave()
  const root = document.querySelector('[data-session-timeout]')
  if (!root) return
  const timeoutMs = Number(root.dataset.sessionTimeout) * 1000
  if (!(timeoutMs > WARN_BEFORE_MS)) return
  const dialog = document.getElementById('sl-timeout-dialog')
  const stay = document.getElementById('sl-timeout-stay')
  let warnTimer
  let endTimer
  let previousFocus

  const schedule = () => {
    clearTimeout(warnTimer)
    clearTimeout(endTimer)
    warnTimer = setTimeout(warn, timeoutMs - WARN_BEFORE_MS)
    endTimer = setTimeout(signOut, timeoutMs - 5000)
  }
  const warn = () => {
    previousFocus = document.activeElement
    dialog.hidden = false
    stay.focus()
    saveAllDrafts()
  }
  const signOut = async () => {
    await saveAllDrafts()
    const returnTo = window.location.pathname + window.location.search
    window.location.assign(`/sign-in?timedOut=1&returnTo=${encodeURIComponent(returnTo)}`)
  }
  stay.addEventListener('click', async () => {
    await fetch('/session/keep-alive', { credentials: 'same-origin' })
    dialog.hidden = true
    previousFocus?.focus?.()
    schedule()
  })
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Tab') {
      event.preventDefault()
      stay.focus()
    }
  })
  schedule()
}

start()
