"""The message catalogue: every key in both languages, with the same placeholders."""

from __future__ import annotations

import pytest

from planner import i18n
from planner.i18n.catalogue import CATALOGUE


def test_every_key_has_a_french_and_an_english_text():
    assert i18n.keys("fr") == i18n.keys("en") == set(CATALOGUE)
    empty = [key for key, (fr, en) in CATALOGUE.items() if not fr.strip() or not en.strip()]
    assert empty == []


def test_french_and_english_expect_the_same_placeholders():
    differ = {
        key: (i18n.placeholders(fr), i18n.placeholders(en))
        for key, (fr, en) in CATALOGUE.items()
        if i18n.placeholders(fr) != i18n.placeholders(en)
    }
    assert differ == {}


def test_placeholders_include_format_specs():
    assert i18n.placeholders("[{seconds:7.1f} s] {stage}") == {"seconds", "stage"}


def test_unknown_keys_show_themselves_and_unknown_languages_read_french():
    assert i18n.t("no.such.key", "en") == "no.such.key"
    assert not i18n.known("no.such.key")
    assert i18n.t("nav.inputs", "es") == i18n.t("nav.inputs", "fr") == "Données"
    with pytest.raises(KeyError):
        i18n.keys("es")


def test_column_headers_come_from_the_workbook_contract_in_french():
    from planner.domain.schema import SHEETS

    for sheet in SHEETS:
        for column in sheet.columns:
            assert i18n.column_label(sheet.name, column.name, "fr") == column.fr
    assert i18n.column_label("employees", "tenure_years", "en") == "Tenure (years)"
    assert i18n.column_label("roles", "no_such_column", "en") == "no_such_column"
