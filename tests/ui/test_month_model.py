"""The month table model on its own, without a window."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from navdesk.domain.period import Period
from navdesk.domain.units import ValueRejected
from navdesk.store.session import EntrySession
from navdesk.ui.month_model import HEADERS, NAME, PREVIOUS, CodeRole, MonthModel, RejectedRole
from tests.conftest import HOME_CODE

MARCH = Period(2025, 3)


def model_for(store, period=MARCH, locked=False):
    session = EntrySession(store, HOME_CODE)
    model = MonthModel()
    model.set_sheet(session.month_sheet(period), locked)
    model.saver = lambda node, text: session.enter(node.code, node.period, text)
    return model, session


def test_top_level_lines_are_the_catalogue_sections_in_order(demo_store):
    model, _ = model_for(demo_store)
    sections = [model.index(r, NAME).data() for r in range(model.rowCount())]
    assert sections == demo_store.catalogue.sections()
    assert [model.headerData(c, Qt.Orientation.Horizontal)
            for c in range(model.columnCount())] == HEADERS


def test_a_line_shows_the_value_and_last_months_value_formatted_for_people(demo_store):
    model, _ = model_for(demo_store)
    brutto = model.index_of("SH_BRUTTO")
    stored = demo_store.value(HOME_CODE, "SH_BRUTTO", MARCH).value
    expected = f"{stored:,.2f}".replace(",", "\u00a0").replace(".", ",").rstrip("0").rstrip(",")
    assert brutto.data() == expected
    feb = demo_store.value(HOME_CODE, "SH_BRUTTO", Period(2025, 2)).value
    assert brutto.siblingAtColumn(PREVIOUS).data().replace("\u00a0", "") == \
        f"{feb:.2f}".replace(".", ",").rstrip("0").rstrip(",")
    assert brutto.data(CodeRole) == "SH_BRUTTO"


def test_only_entered_values_of_an_open_month_are_editable(demo_store):
    model, _ = model_for(demo_store)
    assert model.index_of("SH_MND").flags() & Qt.ItemFlag.ItemIsEditable
    assert not model.index_of("SH_MND", NAME).flags() & Qt.ItemFlag.ItemIsEditable
    assert not model.index_of("D_ANDEL_UNG").flags() & Qt.ItemFlag.ItemIsEditable
    locked, _ = model_for(demo_store, locked=True)
    assert not locked.index_of("SH_MND").flags() & Qt.ItemFlag.ItemIsEditable


def test_set_data_saves_through_the_session_and_a_refusal_is_kept_with_its_reason(demo_store):
    model, _ = model_for(demo_store)
    index = model.index_of("SH_MND")
    assert model.setData(index, "1 000")
    assert demo_store.value(HOME_CODE, "SH_MND", MARCH).value == 1000
    assert model.setData(index, "-4")
    assert index.data() == "-4" and "negativ" in index.data(RejectedRole)
    assert demo_store.value(HOME_CODE, "SH_MND", MARCH).value == 1000
    assert model.clear_rejected("SH_MND")
    assert index.data(RejectedRole) is None


def test_a_saver_refusal_of_any_kind_never_escapes_the_model(demo_store):
    model, _ = model_for(demo_store)

    def refuse(node, text):
        raise ValueRejected("Databasen er i bruk")

    model.saver = refuse
    assert model.setData(model.index_of("SH_MND"), "5")
    assert model.index_of("SH_MND").data(RejectedRole) == "Databasen er i bruk"


def test_parent_of_a_breakdown_part_is_its_group_under_the_parent_indicator(demo_store):
    model, _ = model_for(demo_store)
    part = model.index_of("SH_TRYGD_AAP", NAME)
    group = model.parent(part)
    assert group.data() == "Trygdeytelse"
    assert model.parent(group).data(CodeRole) == "SH_INNTEKT_TRYGD"
    assert model.parent(QModelIndex()) == QModelIndex()
