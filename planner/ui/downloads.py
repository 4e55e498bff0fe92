"""Download files built on click, once per plan and options.

Why: a 20,000-person plan workbook takes seconds to write; a second click on the same button
(or a retry after a cancelled save dialog) should not pay again. Streamlit calls the builder
when the button is clicked, outside the page script, so the builder holds the session's dict
itself rather than reading ``st.session_state``.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable


def once(built: dict, options: Hashable, make: Callable[[], bytes]) -> Callable[[], bytes]:
    """A builder for ``download_button``: ``make()`` the first time, then the kept bytes."""

    def build() -> bytes:
        if options not in built:
            built[options] = make()
        return built[options]

    return build
