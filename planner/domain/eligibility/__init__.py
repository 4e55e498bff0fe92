"""The admissibility engine: the rules of ``planner.domain.rules`` for every person at once.

Explanations, validation warnings and the held-pathway index all ask the same questions (may
these people enter these sessions, hold these roles after them, at these sites and dates?), so
they share one vectorised answer:

- ``dims``: the requirement dimensions and thresholds, and sites as small integers;
- ``requirements``: sessions and roles grouped into requirement classes, with sites and dates;
- ``profiles``: people projected on the dimensions and deduplicated into profiles;
- ``kernels``: the rules as NumPy array comparisons (levels, site fit, dates, gaps);
- ``engine``: ``Eligibility``, one dataset's requirements, profiles and cached answers.

The independent checker keeps its plain per-person path (``planner.domain.rules`` through
``planner.domain.admission.Admission``); property tests compare both.
"""
