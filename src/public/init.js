// Start GOV.UK Frontend components (error summary focus, character counts and so on).
import { initAll } from '/javascripts/govuk-frontend.min.js'

initAll()
