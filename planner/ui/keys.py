"""Session-state keys of the app, named once so pages cannot drift apart.

Everything personal (the workbook, its edits, plans, explanations) lives in these per-session
entries; nothing personal goes into ``st.cache_*`` (shared between users).
"""

LANG = "lang"  # "fr" or "en"
HIDE_NAMES = "hide_names"  # bool: mask names on screen
SOURCE = "source"  # file name, or (i18n key, values) for the sample or a scenario
FRAMES = "frames"  # dict sheet -> canonical DataFrame being edited
FRAMES_VERSION = "frames_version"  # int, bumped when frames change (resets the editors)
LOAD = "load"  # planner.read.LoadResult of the current frames
EDITS = "edits"  # domain.Edits: locks and bans chosen by the user
RESULT = "result"  # domain.SolveResult of the last solve
RESULT_EDITS = "result_edits"  # domain.Edits the last result was solved with
RESULT_DATASET = "result_dataset"  # domain.Dataset the last result was solved on
REASONS = "reasons"  # dict employee_id -> PersonReason for RESULT
PREVIOUS_RESULT = "previous_result"  # the plan before the last re-solve (what changed)
UNDO = "undo"  # list of edits_view.Snapshot: decisions and plan before each decision
STALE = "stale"  # bool: inputs changed since RESULT was computed
JOB = "solve_job"  # planner.ui.solving.SolveJob running in the background
TIME_LIMIT = "time_limit"  # seconds
STAY_CLOSE = "stay_close"  # bool: re-solve from the previous plan
PERSON = "person"  # employee id shown in the person view
PERSON_INPUT = "person_input"  # search box of the person view (matricule or name)
REVIEW_ORDER = "review_order"  # (plan, employee ids): the results table as last filtered
EXPORTS = "exports"  # dict (kind, options) -> bytes prepared for download
NOTICE = "notice"  # (level, text) shown once on the next run
SCENARIO = "scenario"  # name of the scenario last saved or opened
OWNER = "scenario_owner"  # random token: the scenarios this browser session owns
SCENARIOS_OPEN = "scenarios_open"  # (store, owner, name, saved_at) -> Scenario decoded here
SCENARIO_REASONS = "scenario_reasons"  # (store, owner, name, saved_at) -> reasons of its plan
MEMO = "memo"  # dict name -> (inputs, value): per-session results of pure computations
SESSION_TOKEN = "session_token"  # random: this session alone (two tabs share an owner)
DRAFT_CACHE = "draft_cache"  # parts of the last saved draft, encoded (planner.ui.draft)
DRAFT_FAILED = "draft_failed"  # bool: saving the draft failed once (said once)
