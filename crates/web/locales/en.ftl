# The user interface in English. Every message a template or handler uses is here.

site-name = Database on violence against women migrant workers
site-tagline = Measures reported by States and international organizations
skip-to-content = Skip to content
nav-label = Main
nav-measures = Measures
nav-countries = Countries
nav-cycles = Reporting cycles
nav-vocabularies = Vocabularies
footer-languages = Languages
footer-api = JSON API (OpenAPI document)
footer-about = This database records what States and international organizations report doing against violence against women migrant workers, as collected for the reports of the Secretary-General.

home-title = Measures against violence against women migrant workers
home-intro = Laws, policies, services, campaigns, training, data collection and cooperation reported by States, United Nations entities and IOM, classified so that you can find what was done where.
home-count-measures = { $count ->
    [one] one published measure
   *[other] { $count } published measures
}
home-count-countries = { $count ->
    [one] in one country or area
   *[other] in { $count } countries and areas
}
home-count-cycles = { $count ->
    [one] from one reporting cycle
   *[other] from { $count } reporting cycles
}
home-latest-cycle = Latest reporting cycle
home-find = Find measures
home-find-country = Country
home-find-button = Show measures
home-browse-types = Browse by type of measure
home-any-country = Any country
filter-country = Country or area
filter-region = Region
filter-cycle = Reporting cycle
filter-actor-kind = Kind of actor
filter-implementation = Implementation
filter-year-from = From year
filter-year-to = To year
filter-clear = Clear all filters
filters-active = Active filters
filter-remove = Remove filter: { $label }
sort-label = Sort by:
sort-by-country = country
sort-by-year = year
pagination-label = Pages
pagination-previous = Previous page
pagination-next = Next page
pagination-page = Page { $number }
pagination-status = Page { $current } of { $pages }

actor-kind-member-state = Member State
actor-kind-observer-state = Observer State
actor-kind-un-entity = United Nations entity
actor-kind-intergovernmental-organization = Intergovernmental organization
actor-kind-other = Other
implementation-in-place = In place
implementation-in-preparation = In preparation

measure-in-preparation = In preparation
measure-actor = Reported by
measure-cycle = Reporting cycle
measure-effectiveness = Evidence of effectiveness
measure-effectiveness-unknown = No evidence of effectiveness was reported.
measure-classification = Classification
measure-source = Source
measure-other-languages = Also available in
measure-text-language-note = This text is not available in the language of the page; it is shown in the language it was reported in.
measure-id = Identifier
measure-updated = Last updated
measure-period = Period
measure-period-not-stated = Not stated in the source
measure-reported-in = Reported in { $report } ({ $year })
footer-about-link = About this database: sources and how to cite
data-as-at = Data as at { $date }
about-sources-and-citation = Sources and how to cite
about-title = About this database
about-default = This database records the measures that States take against violence against women migrant workers (laws, policies, services, campaigns, training, data collection and cooperation) as Governments, United Nations entities and other organizations report them for the reports of the Secretary-General on violence against women migrant workers. It also records the status of the treaties those reports cite, and publishes statistics on the violence in a form that protects every victim.
about-data-as-at = Data as at
about-count-measures = Published measures
about-count-countries = Countries and areas with measures
about-sources = Sources
about-sources-cycles = Measures come from the replies to the Secretary-General's requests for information, one reporting cycle for each report.
about-cycles-caption = Reporting cycles covered
about-cycle-report = Report
about-cycle-title = Title
about-cycle-as-at = Information as at
about-sources-treaties = Treaty status comes from the depositaries' status tables; each instrument's page says up to when its record is complete and names its sources.
about-sources-statistics = Statistics on the violence come from the datasets that statistics providers upload; every table names the datasets it counts, and small counts are withheld so that no victim can be identified.
about-cite = How to cite
about-cite-note = Cite the address of the page you used and the day you consulted it: the data change as new replies are published.
about-cite-measure = A measure
about-cite-table = A statistics table
about-cite-table-example = Incidents of violence against women migrant workers, by form of violence
about-cite-api = The data as a whole
about-cite-api-note = Every list can be downloaded (CSV, XLSX, JSON) and read through the public API, described at
about-contact = Contact
measure-cite = How to cite this measure
citation-measure = { $source }, “{ $title }”, measure { $id }. Available at { $address } (accessed { $date }).
citation-measure-with-report = { $source }, “{ $title }”, measure { $id }, reported in { $report }. Available at { $address } (accessed { $date }).
citation-table = { $source }, “{ $title }”. Available at { $address } (accessed { $date }).
citation-source = { $publisher }, { $site }
measure-json = This measure as JSON
measure-details = Details

countries-title = Countries and areas
countries-intro = { $with_measures } of the { $in_all } countries and areas of the United Nations M49 standard have published measures. The list shows those; tick the box below to see every country and area.
countries-map-title = Published measures by country or area
countries-map-value-label = measures
countries-map-no-measure = no published measure
countries-map-description = The map shades the { $count } countries and areas with published measures by their number of measures; the list below gives each number.
countries-filter-name = Name
countries-filter-region = Region
countries-any-region = All regions
countries-filter-all = Include countries and areas with no published measure
countries-filter-apply = Show
countries-filter-clear = Clear
countries-letters = Jump to a letter
countries-column-region = Region
countries-none = No country or area matches. Clear the filters to see more.
countries-shown = { $count ->
    [one] One country or area listed
   *[other] { $count } countries and areas listed
}
countries-column-name = Name
countries-column-status = United Nations status
countries-column-measures = Measures
country-status-member = Member State
country-status-observer = Observer State
country-status-other = Area

page-contents = On this page
country-formal-name = Formal name
country-codes = Codes
country-regions = Regions
country-status = Status
country-names = Names in the official languages
country-former-names = Former names
country-former-until = until { $date }
country-measures = { $count ->
    [0] No published measure
    [one] One published measure
   *[other] { $count } published measures
}
country-no-measures = No measure of this country has been published yet.
country-all-measures = All measures of this country, with filters
country-measures-of-type = All measures of this type

cycles-title = Reporting cycles
cycles-replies = { $count ->
    [0] no reply
    [one] one reply
   *[other] { $count } replies
}
cycles-as-at = as at { $date }
cycles-none = No reporting cycle has been recorded yet.

cycle-mandate = Mandate
cycle-symbol = Report
cycle-previous-report = Previous report
cycle-requested-on = Request sent
cycle-deadline = Deadline
cycle-published-on = Report issued
cycle-responded = { $n ->
    [0] As at { $date }, no Member State had responded.
    [one] As at { $date }, one Member State had responded.
   *[other] As at { $date }, { $count } Member States had responded.
}
cycle-as-at-label = Count replies as at
cycle-as-at-button = Count
cycle-member-states = Member States that replied
cycle-organizations = United Nations entities and other organizations that replied
cycle-received = received { $date }
cycle-late = after the deadline
cycle-after-as-at = after the date counted
cycle-no-replies = None.
cycle-measures-link = Measures reported in this cycle

vocabulary-others = Vocabularies
vocabulary-intro = Each term links to the measures classified under it or under a narrower term.

error-no-such-page = There is no page at this address.
error-no-such-measure = There is no published measure at this address.
error-no-such-country = There is no country or area with this code.
error-no-such-cycle = There is no reporting cycle with this code.
error-no-such-vocabulary = There is no vocabulary with this code.
error-back-home = Go to the home page

nav-instruments = Treaties
instruments-title = International instruments
instruments-intro = The conventions and protocols that protect women migrant workers, and how many States had become parties by a date you choose. Counts are true counts only where the record is complete; elsewhere they are at least the number shown.
instruments-caption = Parties as at { $date }
instruments-column-title = Instrument
instruments-column-adopted = Adopted
instruments-column-parties = Parties
instruments-column-record = Record
instruments-at-least = at least { $count }
instrument-abbreviation = Abbreviation
instrument-parent = Supplements
instrument-depositary = Depositary
instrument-adopted = Adopted
instrument-entry-into-force = Entry into force
instrument-record = Record
instrument-party-count = { $count ->
    [0] As at { $date }, no State had become a party.
    [one] As at { $date }, one State had become a party.
   *[other] As at { $date }, { $count } States had become parties.
}
instrument-party-count-partial = As at { $date }, at least { $count } States had become parties (the record is not complete for this date).
instrument-chart-alt = Step chart of the number of States parties to the { $title } over time
instrument-downloads = Downloads
instrument-download-status-csv = Status table, UN Treaty Collection layout (CSV)
instrument-download-status-xlsx = Status table, UN Treaty Collection layout (XLSX)
instrument-parties = Parties as at { $date }
instrument-no-parties = No State is recorded as a party on this date.
instrument-signatories = Signed but not a party on this date
instrument-column-action = Action
instrument-column-date = Date
instrument-column-signed = Signed
treaty-as-at-label = Status as at
treaty-as-at-button = Show
treaty-party-since = Party since { $date } ({ $action })
treaty-denounced = Denounced, with effect from { $date }
treaty-signatory = Signed on { $date }; not a party
treaty-not-party = Not a party
treaty-no-record = No action recorded (the record for this instrument is incomplete)
treaty-data-complete = Complete: every State's actions are recorded.
treaty-data-complete-until = Complete up to { $date }; later actions are recorded for some States only.
treaty-data-partial = Partial: only some States' actions are recorded.
treaty-action-signature = signature
treaty-action-ratification = ratification
treaty-action-accession = accession
treaty-action-acceptance = acceptance
treaty-action-approval = approval
treaty-action-succession = succession
treaty-action-definitive-signature = definitive signature
treaty-action-denunciation = denunciation
country-treaties = Treaty status as at { $date }
error-no-such-instrument = There is no instrument with this code.

cycle-report-link = The report, compiled from today's data
report-back-to-cycle = Back to the reporting cycle
report-intro = This report is compiled from the default template and the published data: every count, date and list of States is computed, in United Nations editorial style, from what the database holds today.
report-download-docx = Word document
report-download-pdf = PDF
report-download-markdown = Markdown
report-footnotes = Footnotes
report-back-to-text = Back to the text

## Search
search-title = Search measures
search-label = Search in any UN language
search-hint = Words in any of the six languages; "quoted words" for a phrase; OR between alternatives; -word to leave out.
search-button = Search
search-count = { $count ->
    [0] No measure found
    [one] One measure found
   *[other] { $count } measures found
}
search-none = Nothing matches. Check the spelling, use fewer words, or remove a filter.
search-named-terms = Also showing measures tagged:
search-more = { $count ->
    [one] One more
   *[other] { $count } more
}
search-past-the-end = There is no page { $page }: the results end at page { $last }.
search-last-page = Go to the last page
search-api-link = These results and their counts as JSON
search-years = Years
search-years-apply = Apply years
search-facets-heading = Refine
search-filters-jump = { $count ->
    [0] Refine these results
   *[other] Refine these results ({ $count } chosen)
}
search-within-country = Search this country's measures
sort-by-relevance = relevance
term-other-names = Also searched as
term-narrower = Narrower terms
term-measures = { $count ->
    [0] No published measure is tagged with this term
    [one] One measure
   *[other] { $count } measures
}
term-search-all = Search and filter all { $count } measures
error-no-such-term = There is no such term.

nav-sign-in = Sign in
nav-sign-out = Sign out
nav-accounts = Accounts

sign-in-title = Sign in
sign-in-intro = Editors, national focal points and data providers sign in to enter and review measures. Everything published can be read without signing in.
sign-in-username = Username
sign-in-password = Password
sign-in-submit = Sign in
sign-in-forgotten = Forgotten your password? Ask an administrator of the database to reset it.

account-title = Your account
account-name = Name
account-role = Role
account-change-password = Change password
account-current-password = Current password
account-new-password = New password
account-new-password-again = New password again
account-password-rule = At least 12 characters. A few unrelated words make a good password.
account-password-changed = Your password has been changed. Any other browser signed in to this account has been signed out.

admin-accounts-title = Accounts
admin-accounts-count = { $count ->
    [one] One account
   *[other] { $count } accounts
}
admin-accounts-state = State
admin-accounts-since = Since
admin-accounts-actions = Actions
admin-accounts-reset = Reset password
admin-accounts-disable = Disable
admin-accounts-new = New account
admin-accounts-country = State or area
admin-accounts-no-country = None (secretariat)
admin-accounts-country-rule = Focal points and data providers act for one State; administrators and editors for none.
admin-accounts-create = Create account
admin-password-title = New password
admin-password-created = The account { $username } has been created with this password:
admin-password-reset = The password of { $username } has been reset to:
admin-password-once = Give it to its owner through another channel than the username. It is shown only this once, and its owner should change it after signing in.

admin-audit-title = Audit log
admin-audit-sign-ins = Sign-in attempts
admin-audit-writes = Writes
admin-audit-when = When (UTC)
admin-audit-outcome = Outcome
admin-audit-address = Address
admin-audit-who = Who
admin-audit-record = Record
admin-audit-action = Action

workflow-title = Workflow
workflow-state = State:
workflow-version = version { $version }
workflow-history = History
workflow-last-comment = Last comment:
workflow-comment = Why (the focal point sees this)
state-draft = draft
state-submitted = submitted
state-published = published
state-withdrawn = withdrawn
transition-submit = Submit to the secretariat
transition-publish = Publish
transition-send_back = Send back to the focal point
transition-withdraw = Withdraw from publication
transition-reopen = Reopen as a draft

history-title = History
history-moves = Workflow moves
history-versions = Versions
history-version = Version { $number }
history-current = current
history-field = Field
history-before = Before
history-after = After
history-restore = Restore version { $number }

search-export = { $count ->
    [one] Download this measure:
   *[other] Download these { $count } measures:
}

nav-work = Work
nav-import = Import
work-own = Your State's drafts and submissions
work-review = Submitted measures to review
work-count = { $count ->
    [one] One measure
   *[other] { $count } measures
}
work-measure = Measure

import-title = Import measures
import-file = File (CSV, XLSX or JSON)
import-file-rule = Up to { $megabytes } MB. The first row names the columns; use a template below. Checking writes nothing.
import-check = Check the file
import-confirm = Import these measures
import-templates = Templates
import-columns = The columns
import-columns-note = Only id is required in the header; a measure needs a country or an actor, a type and a title and description in at least one language. Several terms go in one cell separated by semicolons. Rows with the id of a stored measure update it; importing the same file twice changes nothing.
import-refused = { $file }: { $count ->
    [one] one problem
   *[other] { $count } problems
}
import-nothing-written = Nothing has been written. Correct the file and check it again.
import-where = Where
import-value = Value
import-problem = Problem
import-checked = { $file } is ready to import
import-would = Importing it will create { $created }, change { $updated } and leave { $unchanged } unchanged.
import-done = { $file } has been imported
import-counts = Created { $created }, changed { $updated }, unchanged { $unchanged }.
import-to-work = See your measures

form-new = New measure
form-edit = Edit
form-problems = { $count ->
    [one] One thing to correct:
   *[other] { $count } things to correct:
}
form-identity = The measure
form-actor = Taken by
form-actor-state = The State itself
form-actor-rule = Leave as the State for a State's own measures; choose the organization for measures of United Nations entities or IOM.
form-year-from = From year
form-year-to = To year
form-implementation = Stage
form-in-place = In place
form-texts = Text
form-texts-rule = A title and a description in at least one language; add the others where you have them.
form-title = Title
form-description = Description
form-save = Save
form-edit-heading = Edit: { $title }
form-not-a-year = Enter a year of four digits, such as 2026.
form-cycle-closed = The report of this cycle was published on { $date }; a measure reported since then belongs to a later cycle.
form-cycle-none = Not part of a reporting cycle
form-cycle-rule = Cycles whose report has been published are not offered.
form-error-prefix = Error:
form-error-field = This field
label-separator = {": "}
form-source-rule = Where the measure is reported, such as a document symbol and paragraph: A/64/152, para. 6.
form-id-optional = Identifier (optional)
form-id-optional-rule = Leave empty to have one made from the country, the year and the title, such as PHL-2026-shelters-women. Letters, digits, dots, hyphens, underscores and colons.
replies-status = Reply
replies-no-addressee-list = No list of those to whom the request was sent is recorded for this cycle: the table lists those who replied.
timestamp-utc = { $date }, { $time } UTC
dataset-kind-records = Incident records
dataset-kind-counts = Counts
datasets-uploaded-by-command-line = Command line
datasets-left-out = { $without_consent } without consent and { $reported_elsewhere } already reported elsewhere are counted in no table.

cycle-new-title = Open a reporting cycle
cycle-new-report = The report
cycle-code = Code
cycle-code-rule = A short stable code, such as 2011.
cycle-as-at = Figures as at
cycle-addressees = Whom it asks
cycle-all-member-states = All Member States
cycle-region-states = The Member States of one region
cycle-region = Region
cycle-no-states = No State (entities only)
cycle-entities = United Nations entities and IOM
cycle-open = Open the cycle
replies-title = Replies
replies-on = On
replies-show = Show
replies-responded = { $count ->
    [one] As at { $date }, one Member State had responded.
   *[other] As at { $date }, { $count } Member States had responded.
}
replies-who = Who
replies-received = Received on
replies-language = Language
replies-documents = Documents
replies-not-asked = not asked
replies-record = Record a reply
replies-note = Note
reply-replied = replied
reply-outstanding = outstanding
reply-late = late

tokens-title = API tokens
tokens-intro = A token lets a program use the API in your name, with only the scopes you give it. Revoke it when it is no longer needed.
tokens-name = Token name
tokens-scopes = Scopes
tokens-created = Created
tokens-expires = Expires
tokens-last-used = Last used
tokens-revoke = Revoke
tokens-dead = revoked or expired
tokens-valid-for = Valid for (days)
tokens-create = Create token
token-issued-title = New API token
token-issued = The token { $name } may { $scopes } for { $days } days:
token-issued-once = Copy it now: it is shown only this once, and the database keeps only its checksum.

## Incident statistics
nav-statistics = Statistics
nav-datasets = Datasets
statistics-title = Incident statistics
statistics-lead = Counts of violence against women migrant workers reported by police, courts, immigration and labour authorities, victim services and surveys. Published tables cross the form of violence with one other characteristic over all published years, and withhold small counts and whatever else would let one be worked out from any combination of published tables, so that no one counted can be recognised.
statistics-release-years = Years: { $years }, all together (break a table down by year for single years).
statistics-catalogue = Published tables show the form of violence by one other characteristic (State, source, sex, age group, nationality, immigration status, occupation, perpetrator, setting, stage of the migration cycle or year), over all published years.
statistics-choose = Choose the table
statistics-rows = Rows
statistics-columns = Columns
statistics-from = From
statistics-to = To
statistics-filters = Only incidents with
statistics-show = Show the table
statistics-whole-note = You are seeing the whole table, unprotected, of the datasets you answer for. Do not publish it.
statistics-see-published = See the published table
statistics-see-whole = See the whole, unprotected table of your datasets
statistics-table-whole = Whole table (not for publication)
statistics-table-published = Published table
statistics-empty = No published data matches this table yet.
statistics-total = Total
statistics-withheld = withheld to protect the people counted
statistics-counted = { $datasets ->
    [one] Counted from one dataset.
   *[other] Counted from { $datasets } datasets.
}
statistics-download = Download this table:
statistics-structure = data structure definition
statistics-chart = Chart
statistics-map = Map
statistics-map-alt = World map of the totals of this table by State or nationality, darker for more incidents; the table above gives every number.
country-statistics = Incident statistics
country-statistics-more = Explore the statistics of { $country }
datasets-title = Statistics datasets
datasets-uploaded = Dataset { $id } was uploaded as a draft. An editor publishes it.
datasets-upload = Upload data for { $country }
datasets-upload-rule = A CSV or XLSX file of incident records (one row per incident) or of counts (a count column). No names, contact details, dates of birth, exact dates or free text: such columns and cells are refused. Any problem refuses the whole file.
datasets-provider = Provider
datasets-threshold = Publication threshold (k)
datasets-threshold-rule = Counts from 1 to k-1 are withheld from published tables; { $k } by default.
datasets-upload-button = Check and upload
datasets-records-template = Template for records (CSV)
datasets-counts-template = Template for counts (CSV)
datasets-list = Datasets
datasets-country = State
datasets-kind = Kind
datasets-rows = Rows
datasets-state = State of publication
datasets-uploaded-by = Uploaded by
datasets-actions = Actions
datasets-move-published = Publish
datasets-move-withdrawn = Withdraw
datasets-move-draft = Back to draft
datasets-none = No datasets yet.

## Where a measure's text comes from
form-text-origin = Origin of this text
text-origin-not-stated = Not stated
text-origin-original = Original
text-origin-official-translation = Official translation
text-origin-unofficial-translation = Unofficial translation
measure-text-original = Original: { $language }
measure-text-is-official-translation = Official translation.
measure-text-is-unofficial-translation = Unofficial translation, not issued by the United Nations.
text-language-ar = Arabic
text-language-zh = Chinese
text-language-en = English
text-language-fr = French
text-language-ru = Russian
text-language-es = Spanish

## Statistics tables, charts and their titles
statistics-table-title = Incidents by { $dimensions }, { $years }
statistics-table-title-filtered = Incidents by { $dimensions }, { $years } ({ $filters })
statistics-form-by = Form of violence by { $dimension }
statistics-no-columns = (none: totals only)
statistics-all-values = All
statistics-left-out = Dataset { $dataset } gives counts not broken down by { $dimensions }, so it is not in this table.
statistics-chart-description = Bar chart. { $title }. { $rows }.
statistics-chart-withheld = withheld
statistics-chart-withheld-cells = withheld cells
statistics-chart-in-withheld-cells = in withheld cells
statistics-map-no-data = no data
statistics-map-title = Map: { $title }
statistics-map-value-label = incidents
statistics-map-description = World map shading each country by its number of incidents; other countries have no data.
statistics-map-description-highest = Countries with a count: { $countries }; the highest is { $highest }, with { $count }.
statistics-map-description-withheld = Countries whose count is withheld to protect the people counted: { $withheld }.

## Errors
error-internal = Something went wrong on our side; the error has been logged.
error-busy = The database is busy; try again in a moment.
error-search-rebuilding = Search is being rebuilt from the database; try again in a minute. The other pages work meanwhile.
error-heavy-requests = The server is busy with other imports, exports and report downloads. Please try again in a few seconds.
error-export-rate = Too many exports have been downloaded from your address in a short time. Please wait a minute and try again, or sign in.
error-only-administrators = Only administrators can open this page.
error-only-secretariat = Only the secretariat (editors and administrators) can open this page.
error-form-refused = This form has expired or did not come from this site. Go back, reload the page and try again.
error-providers-enter-no-measures = Data providers provide statistics; measures are entered by focal points and editors.
error-providers-import-no-measures = Data providers provide statistics; measures are imported by focal points and editors.
error-providers-have-no-work = Data providers have no measures to work on.
error-no-such-measure-for-you = There is no measure at this address that your account may see.
error-focal-point-keeps-the-state = A focal point cannot move a measure to another State.
error-statistics-uploaded-by-providers = Statistics are uploaded by data providers, for their own State.
error-datasets-for-providers-and-secretariat = Statistics datasets are for data providers and the secretariat.
error-form-lost-version = The form lost the measure's version; reload the page.
error-no-such-document = There is no such document.
error-no-such-token = There is no such token.
error-status-400 = Bad request
error-status-401 = Not signed in
error-status-403 = Not allowed
error-status-404 = Not found
error-status-409 = Conflict
error-status-413 = Too large
error-status-415 = Unsupported file type
error-status-422 = Cannot be processed
error-status-429 = Too many attempts
error-status-500 = Internal error
error-status-503 = Unavailable for a moment
statistics-withheld-note = { $mark }: withheld to protect the people counted (a count from 1 to { $largest }, or a number withheld so that no such count can be worked out from any combination of published tables).

## Depositaries of instruments
depositary-un-secretary-general = Secretary-General of the United Nations
depositary-ilo-director-general = Director-General of the International Labour Office
depositary-oas-general-secretariat = General Secretariat of the Organization of American States

## Why a table is not published; sign-in refusals
statistics-unpublished-combination = { $dimensions } cannot be combined in one published table: each crosses the form of violence with one other dimension.
statistics-unpublished-years = Published tables cover every published year together ({ $years }); for single years, break a table down by year.
statistics-unpublished-too-few = Too few incidents are published for any table to be shown without risk to the people counted.
sign-in-wrong = The username or password is wrong.
sign-in-locked = After too many failed sign-ins this account is locked until { $time } UTC.
sign-in-locked-later = After too many failed sign-ins this account is locked for a while; try again later.
sign-in-disabled = This account is disabled. Ask an administrator to enable it.

## Roles of accounts
role-administrator = Administrator
role-editor = Editor
role-focal-point = Focal point
role-data-provider = Data provider

## The chart of an instrument's parties
instrument-chart-title = Parties to { $instrument }
instrument-chart-description = The number of parties rises from 0 after adoption in { $year } to { $count } on { $date }.
instrument-chart-no-party = No party is recorded.

## Places and problems in uploaded files, forms and documents. They follow the name of a field
## or a place, so they open in lower case; the values quoted are the user's own.
upload-place-row = { $file }, row { $row }
upload-place-cell = { $file }, row { $row }, column { $column }
upload-place-cycles-and-replies = cycles and submissions
problem-text-empty = must not be empty
problem-text-too-long = is { $length } characters long; the limit is { $limit }
problem-text-missing = a measure needs a title and description in at least one language
problem-not-a-date = '{ $text }' is not a date: write it as YYYY-MM-DD, for example 2009-06-01
problem-not-a-cycle-code = '{ $text }' is not a cycle code: use lower-case letters, digits and hyphens, such as 2009
problem-not-a-measure-id = '{ $text }' is not a measure id: use 1 to 100 letters, digits, dots, hyphens, underscores and colons
problem-year-out-of-range = { $year } is not a year between { $earliest } and { $latest }
problem-last-year-before-first = the last year { $to } is before the first year { $from }
problem-year-to-without-year = is given without year
problem-period-to-before-from = { $to } is before period_from { $from }
problem-deadline-before-request = { $deadline } is before requested_on { $requested }
problem-unknown-format = '{ $format }' is not a format this version reads; expected '{ $expected }'
problem-duplicate-cycle = duplicate code: { $first } has it too
problem-duplicate-reply = duplicate reply: { $first } is the same actor's reply to the same cycle
problem-duplicate-measure = duplicate id: { $first } has it too
problem-unknown-cycle = unknown cycle '{ $code }' (known cycles: { $known })
problem-unknown-cycle-none-yet = unknown cycle '{ $code }' (no cycle exists yet)
problem-unknown-country = unknown country '{ $code }': give an ISO 3166 alpha-3 code such as AZE, an alpha-2 code or an M49 code
problem-unknown-actor = unknown actor '{ $code }': use a State's ISO alpha-3 code or an organization's code such as IOM or ILO
problem-unknown-actor-did-you-mean = unknown actor '{ $code }'; did you mean '{ $suggestion }'?
problem-country-or-actor = give a country, an actor or both
problem-country-not-a-state = { $country } is not a State, so the measure must name its actor
problem-country-not-the-actors = { $country } is not the country of actor { $actor } ({ $own }); a State's measures are in its own country
problem-not-one-of = '{ $value }' is not one of: { $allowed }
problem-not-a-un-language = '{ $code }' is not one of the six UN languages ({ $allowed })
problem-not-an-origin = '{ $value }' is not an origin: use { $allowed }
problem-several-originals = only one text can be the original, and { $languages } are marked so; mark the others official_translation or unofficial_translation
problem-needs-type-of-measure = a { $state } measure needs at least one type of measure
problem-unknown-vocabulary = unknown vocabulary '{ $vocabulary }' (known: { $known })
problem-unknown-term = unknown code '{ $code }' in vocabulary '{ $vocabulary }' ({ $label })
problem-unknown-term-did-you-mean = unknown code '{ $code }' in vocabulary '{ $vocabulary }' ({ $label }); did you mean '{ $suggestion }'?
problem-listed-twice = '{ $code }' is listed twice
problem-json-syntax = line { $line }, column { $column }: { $details }
problem-json-shape = line { $line }, column { $column }, at { $path }: { $details }
problem-file-unreadable = cannot read the file: { $details }
problem-file-not-utf8 = not UTF-8 text (byte { $byte } is invalid): save it as UTF-8
problem-file-csv-line = line { $line }: { $details }
problem-file-not-a-workbook = not a readable XLSX workbook: { $details }
problem-file-no-such-sheet = there is no sheet named '{ $sheet }' (the workbook has: { $sheets })
problem-file-formula = sheet '{ $sheet }', cell { $cell }: holds a formula ({ $formula }); save the sheet with values only
problem-file-xlsx-not-a-workbook = it is named .xlsx but is not an XLSX workbook; save it from the spreadsheet program as .xlsx
problem-file-workbook-named-as-text = it is named .{ $extension } but is a workbook or another zip file; name it .xlsx if it is a workbook
problem-file-unknown-kind = '{ $extension }' files are not read; use .csv, .tsv, .txt or .xlsx
problem-file-archive-refused = refused: { $details }
problem-file-too-many-cells = sheet '{ $sheet }': holds more than { $limit } cells, the most a table may hold; split it into smaller files
problem-file-sheet-too-wide = sheet '{ $sheet }': its cells span { $rows } rows and { $columns } columns, more than the { $limit } cells a table may hold
problem-file-cell-too-long = { $place }: holds { $characters } characters, more than the { $limit } a cell may hold
problem-file-empty-table = the file is empty: the first row must name the columns
problem-table-unknown-column = not a column of the measure table; the columns are listed in the template
problem-table-column-twice = this column comes twice
problem-table-no-id-column = there is no id column: every measure needs its stable id
problem-table-not-a-year = a year is written with four digits, such as 2008
problem-table-no-measures = there is no measure under the header row
problem-import-choose-a-file = file: choose a CSV, XLSX or JSON file
problem-import-cycles-by-secretariat = only the secretariat imports reporting cycles and replies
problem-import-data-provider = data providers provide statistics; measures are imported by focal points and editors
problem-import-other-state = a focal point imports their own State's measures only
problem-import-not-a-draft = focal points import drafts; submit them afterwards and an editor publishes them
problem-import-id-unavailable = this id cannot be used for your State's measures; choose another id
problem-import-no-longer-a-draft = a measure with this id exists and is no longer your State's draft; ask an editor
problem-statistics-column-missing = this column is required and missing
problem-statistics-column-twice = this column is named twice
problem-statistics-unknown-column = vawdb does not read a column of this name; the columns are { $columns }, and { $count } for counts
problem-statistics-no-counts = the file has no rows of counts
problem-statistics-no-records = the file has no incident records
problem-statistics-code-required = every record needs a code here (use _U for unknown)
problem-statistics-unknown-code = unknown code for { $dimension }; use { $allowed }
problem-statistics-year-required = the year is required
problem-statistics-number-range = give a whole number from { $low } to { $high }
problem-statistics-yes-or-no = give yes or no
problem-statistics-negative-count = a count cannot be negative
problem-statistics-count-not-whole = a count must be a whole number
problem-statistics-month-not-in-quarter = month { $month } is not in quarter { $quarter }
problem-statistics-future-period = this period is in the future (today is { $today })
problem-statistics-duplicate-count = row { $row } already gives a count for the same combination and period
problem-statistics-breakdown-contradicts-total = the counts by { $dimension } in rows { $rows } add up to { $sum }, which contradicts the total of { $total } in row { $row }
problem-identifying-column-names = this column looks like it holds names; vawdb stores no names, contact details, dates of birth, exact dates, case numbers or free text: remove the column
problem-identifying-column-phone-numbers = this column looks like it holds phone numbers; vawdb stores no names, contact details, dates of birth, exact dates, case numbers or free text: remove the column
problem-identifying-column-contact-details = this column looks like it holds contact details; vawdb stores no names, contact details, dates of birth, exact dates, case numbers or free text: remove the column
problem-identifying-column-dates-of-birth = this column looks like it holds dates of birth; vawdb stores no names, contact details, dates of birth, exact dates, case numbers or free text: remove the column
problem-identifying-column-exact-ages = this column looks like it holds exact ages (give an age_group instead); vawdb stores no names, contact details, dates of birth, exact dates, case numbers or free text: remove the column
problem-identifying-column-exact-dates = this column looks like it holds exact dates (give the year, and the quarter or month if known); vawdb stores no names, contact details, dates of birth, exact dates, case numbers or free text: remove the column
problem-identifying-column-case-numbers = this column looks like it holds identity or case numbers; vawdb stores no names, contact details, dates of birth, exact dates, case numbers or free text: remove the column
problem-identifying-column-free-text = this column looks like it holds free text; vawdb stores no names, contact details, dates of birth, exact dates, case numbers or free text: remove the column
problem-identifying-value-email = this looks like an e-mail address; vawdb stores no contact details or exact dates
problem-identifying-value-phone = this looks like a phone number; vawdb stores no contact details or exact dates
problem-identifying-value-date = this looks like an exact date; vawdb stores no contact details or exact dates

## The query parameters of an address that cannot be read. `problem-parameter` opens the page's
## message and quotes one of the others as its details.
problem-parameter = parameter '{ $parameter }': { $details }
problem-parameter-unknown-country = unknown country '{ $value }': use an ISO 3166 alpha-3 code such as AZE
problem-parameter-unknown-region = unknown M49 region '{ $value }', such as 419 for Latin America and the Caribbean
problem-parameter-unknown-actor = unknown actor '{ $value }'
problem-parameter-unknown-term = unknown code '{ $value }' in vocabulary '{ $vocabulary }'
problem-parameter-unknown-cycle = unknown reporting cycle '{ $value }'
problem-parameter-not-a-page = '{ $value }' is not a page number from 1 to { $last }
problem-parameter-not-a-page-size = '{ $value }' is not a page size from 1 to { $largest }
problem-parameter-year-to-before-from = { $to } is before year_from { $from }
problem-parameter-not-a-year = '{ $value }' is not a year from { $earliest } to { $latest }
problem-parameter-search-text-too-long = the search text has { $length } characters; at most { $limit } are allowed
problem-parameter-not-a-dimension = '{ $value }' is not a dimension ({ $allowed })
problem-parameter-not-a-statistics-year = '{ $value }' is not a year from { $earliest } to { $latest }
problem-parameter-from-after-to = { $from } is later than to ({ $to })
problem-parameter-map-needs-states = a map needs a table by State (state) or by nationality (nationality)

## Refusals of a form or an upload, shown as the page's message.
error-upload-too-large = The file is larger than { $megabytes } MB: split it into several files.
error-upload-unreadable = The upload could not be read: { $details }
error-document-too-large = A document is larger than { $megabytes } MB.
error-reply-document-too-large = documents: { $file } is larger than { $megabytes } MB
error-reply-document-kind = documents: { $file }: only PDF, Word (.docx, .doc), OpenDocument (.odt), XLSX and text files are kept
error-reply-document-content = documents: { $file }: its content is not a .{ $extension } file
error-reply-received-after-today = A reply cannot be received after today.
error-comment-needed = Say why in the comment, so that the focal point knows what to do.
error-comment-too-long = The comment may have at most 4,000 characters.
error-no-such-dataset = There is no such dataset.
error-no-such-account = There is no such account.
error-checked-file-expired = The checked file is no longer waiting (it is kept for 30 minutes): choose it again.
error-not-allowed-on-measure = Your account may not do this to the measure in its present state.
error-not-allowed-on-measure-focal-point = Your account may not do this to the measure in its present state: focal points work on their own State's drafts.
error-statistics-provider-needed = Give the name of the organisation the data comes from (up to 200 characters).
error-statistics-threshold = threshold: give a whole number from { $minimum } to 1000, not "{ $value }"
error-statistics-file-needed = Choose a CSV or XLSX file.

## Records missing or taken when a form is saved, and the reporting cycle form's problems.
problem-store-no-account = there is no account { $username }
problem-store-no-actor = actor '{ $code }' does not exist
problem-store-no-cycle = cycle '{ $code }' does not exist
problem-store-no-dataset = there is no dataset { $id }
problem-store-no-measure = there is no measure { $id }
problem-store-username-taken = the username { $username } is taken
problem-store-cycle-exists = a cycle with the code { $code } exists already
problem-store-file-uploaded-before = this file was already uploaded as dataset { $id }
problem-store-measure-id-taken = a measure with the id { $id } exists already; choose another id
problem-store-measure-changed = the measure has changed since you opened it (version { $current } now, { $expected } then); reload it and try again
problem-cycle-date-needed = give a date
problem-cycle-mandate-needed = give the resolution that asks for the report
problem-cycle-title-needed = give the report's title
problem-cycle-deadline-before-request = it comes before the request
problem-cycle-not-a-region = '{ $value }' is not a region
problem-cycle-not-an-entity = '{ $value }' is not a United Nations entity or IOM
problem-cycle-no-addressees = ask the Member States, a region or at least one entity
problem-parameter-search-text-too-many-words = the search text has { $items } words and phrases; at most { $limit } are allowed
problem-form-not-a-term = '{ $value }' is not a term
error-no-free-id = { $count } measures already have ids made from '{ $id }'; give an id.
