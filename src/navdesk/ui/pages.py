"""The window's pages, one entry each: adding a page is adding an entry here (and its
module). The window builds each page the first time its tab is shown, from the entry's
``build``; the page then keeps itself up to date by following the office service's
events (:mod:`navdesk.ui.following`).

A page may offer, and the window then uses without being told:
- a ``note`` signal (a short text for the status line) and a ``data_changed`` signal
  (the Edit menu's undo step may have changed);
- ``undo_label(undo)``, ``undo()``, ``redo()``: its own undo (Edit > Angre names it);
- ``may_leave()``: False keeps the window open, to correct a refused value first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from navdesk.ui.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from navdesk.domain.period import Period
    from navdesk.service import OfficeService
    from navdesk.ui.main_window import MainWindow


class PageEntry:
    """One page of the window (a plain class: this module is read before the first
    frame, and a frozen dataclass costs it half a millisecond)."""

    __slots__ = ("key", "title", "placeholder", "build", "whole_month")

    def __init__(self, key: str, title: Callable[[], str], placeholder: Callable[[], str],
                 build: Callable[[MainWindow, OfficeService, Period], QWidget], *,
                 whole_month: bool = False) -> None:
        self.key = key  # stays bokmål: names the page in code and tests
        self.title = title  # in the window's language
        self.placeholder = placeholder  # shown until the page is built
        self.build = build
        # the goal card and the report never run through a half-entered month unless
        # chosen
        self.whole_month = whole_month

    def __repr__(self) -> str:
        return f"PageEntry({self.key!r})"


def _goal_card(window: MainWindow, service: OfficeService, period: Period) -> QWidget:
    from navdesk.ui.goalcard_view import GoalCardView

    page = GoalCardView(service, period)
    page.show_indicator.connect(window.show_trend)
    page.open_in_form.connect(window.show_in_form)
    return page


def _trends(window: MainWindow, service: OfficeService, period: Period) -> QWidget:
    from navdesk.ui.trends_view import TrendsView

    return TrendsView(service, period)


def _report(window: MainWindow, service: OfficeService, period: Period) -> QWidget:
    from navdesk.ui.report_view import ReportView

    return ReportView(service, period)


def _offices(window: MainWindow, service: OfficeService, period: Period) -> QWidget:
    from navdesk.ui.offices_page import OfficesPage

    page = OfficesPage(service, period)
    page.open_month.connect(window.open_office_month)
    return page


MONTH_TAB = "Månedstall"
GOALCARD_TAB = "Styringskort"
TRENDS_TAB = "Trender"
REPORT_TAB = "Rapport"
OFFICES_TAB = "Kontorer"

# The month form is the first page and is built by the window itself (at start-up,
# right after the first frame); the others are built when first shown.
def month_title() -> str:
    return tr("Månedstall")


PAGES: list[PageEntry] = [
    PageEntry(GOALCARD_TAB, lambda: tr("Styringskort"),
              lambda: tr("Her følger du styringskortet: mål, målverdier og trafikklys."),
              _goal_card, whole_month=True),
    PageEntry(TRENDS_TAB, lambda: tr("Trender"),
              lambda: tr("Her ser du utviklingen over tid i grafer."), _trends),
    PageEntry(REPORT_TAB, lambda: tr("Rapport"),
              lambda: tr("Her lager du statusrapporten til kommunen."), _report,
              whole_month=True),
]
# The pages of a database that holds more than one office (the municipality's view of
# its offices, issue 16), after the office's own pages.
MANY_OFFICES_PAGES: list[PageEntry] = [
    PageEntry(OFFICES_TAB, lambda: tr("Kontorer"),
              lambda: tr("Her ser du alle kontorene i databasen og hvem som har levert tall."),
              _offices),
]
TAB_KEYS = [MONTH_TAB] + [p.key for p in PAGES]  # in the order of the tabs


def pages_for(service: OfficeService) -> list[PageEntry]:
    """The pages of the window on ``service``'s database: the office's own, and those
    of many offices when it holds more than one."""
    many = service.office is not None and len(service.offices()) > 1
    return PAGES + MANY_OFFICES_PAGES if many else list(PAGES)


def entry(key: str) -> PageEntry:
    return next(p for p in PAGES + MANY_OFFICES_PAGES if p.key == key)


def tab_title(key: str) -> str:
    """A tab's title in the window's language (the keys stay bokmål)."""
    return month_title() if key == MONTH_TAB else entry(key).title()


def placeholder_text(key: str) -> str:
    return entry(key).placeholder()
