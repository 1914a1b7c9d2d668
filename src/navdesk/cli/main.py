"""navdesk-cli: a thin command line over the store, the domain and the files.

Exit codes: 0 done, 2 bad input or an unusable file (with a one-line reason),
1 an unexpected error (details in the log file). Never a traceback.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import NoReturn

from navdesk import __version__
from navdesk.domain.period import MAX_YEAR, MIN_YEAR, Period, PeriodError, parse_period
from navdesk.domain.units import ValueRejected
from navdesk.formats.files import cannot_write
from navdesk.paths import database_path

EXIT_OK, EXIT_ERROR, EXIT_BAD_INPUT = 0, 1, 2


class UserError(Exception):
    """Bad input: the message is shown as it is and the exit code is 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # one line with the reason in bokmål (argparse would print a usage block first,
        # and its reasons in English); exits 2
        self.exit(EXIT_BAD_INPUT,
                  f"{self.prog}: feil: {self._bokmal(message)} (se {self.prog} --help)\n")

    def _bokmal(self, message: str) -> str:
        """argparse's own English reason in bokmål; our own reasons (from the argument
        types) are bokmål already and pass through after the argument's name."""
        for pattern, say in _ARGPARSE_REASONS:
            found = re.fullmatch(pattern, message, re.DOTALL)
            if found:
                return say(self, *found.groups())
        return message

    def _named(self, names: str) -> str:
        """"--why TEKST" for argparse's "--why": each argument as the help shows it."""
        shown = []
        for name in names.split(", "):
            action = next((a for a in self._actions if name in a.option_strings), None)
            if action is not None and action.metavar and action.nargs != 0:
                name = f"{name} {action.metavar}"
            shown.append(name)
        return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " og " + shown[-1]


def _choices(text: str) -> str:
    """"'long', 'wide'" (or "long, wide") as "long eller wide"."""
    parts = [c.strip().strip("'\"") for c in text.split(",")]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " eller " + parts[-1]


# argparse's reasons (Python 3.11-3.13) and how to say them in bokmål
_ARGPARSE_REASONS: list[tuple[str, Callable[..., str]]] = [
    (r"the following arguments are required: (.+)",
     lambda p, names: f"{p._named(names)} mangler (påkrevd)"),
    (r"one of the arguments (.+) is required",
     lambda p, names: f"ett av argumentene {names} må være med"),
    (r"unrecognized arguments: (.+)", lambda p, args: f"ukjent argument: {args}"),
    (r"ambiguous option: (\S+) could match (.+)",
     lambda p, option, matches: f"{option} kan bety {_choices(matches)}; skriv hele navnet"),
    (r"argument (.+?): invalid choice: (.+?) \(choose from (.+)\)",
     lambda p, name, value, choices:
     f"{name}: «{value.strip(chr(39))}» er ikke et av valgene ({_choices(choices)})"),
    (r"argument (.+?): expected one argument",
     lambda p, name: f"{p._named(name)}: verdien mangler"),
    (r"argument (.+?): expected (at least one|at most one|\d+) arguments?",
     lambda p, name, _: f"{name}: feil antall verdier"),
    (r"argument (.+?): not allowed with argument (.+)",
     lambda p, name, other: f"{name} kan ikke brukes sammen med {other}"),
    (r"argument (.+?): ignored explicit argument (.+)",
     lambda p, name, value: f"{name} tar ingen verdi (fikk {value})"),
    (r"argument (.+?): invalid \S+ value: (.+)",
     lambda p, name, value: f"{name}: {value} er ikke en gyldig verdi"),
    (r"argument (.+?): (.+)", lambda p, name, reason: f"{name}: {reason}"),
]


def _positive_int(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{text}» er ikke et heltall") from None
    if n < 1:
        raise argparse.ArgumentTypeError("må være minst 1")
    return n


def _month(text: str) -> int:
    t = text.strip()
    if not (t.isdigit() and t.isascii() and 1 <= int(t) <= 12):
        raise argparse.ArgumentTypeError("måneden må være 1–12")
    return int(t)


def _year(text: str) -> int:
    t = text.strip()
    if t.isdigit() and t.isascii() and len(t) != 4:  # 99999, 25: a year, mistyped
        raise argparse.ArgumentTypeError(
            f"skriv året som ÅÅÅÅ ({MIN_YEAR}–{MAX_YEAR})")
    try:
        p = parse_period(t)
    except PeriodError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if not p.is_year:
        raise argparse.ArgumentTypeError("skriv året som ÅÅÅÅ")
    return p.year


def _month_text(text: str) -> Period:
    """A month written exactly ÅÅÅÅ-MM: "2026-1" could be a "2026-10", "-11" or "-12"
    cut short, and other spellings (202601, 01.2026) are easy to get wrong on a command
    line, so only the one form is read."""
    if not re.fullmatch(r"\d{4}-\d{2}", text.strip()):
        raise argparse.ArgumentTypeError(
            f"«{text}» er ikke en måned på formen ÅÅÅÅ-MM (skriv f.eks. 2026-01 for januar "
            "2026, med to sifre for måneden)")
    try:
        return parse_period(text.strip())
    except PeriodError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _last_month(text: str) -> Period:
    """A month (ÅÅÅÅ-MM), or a year (ÅÅÅÅ) meaning its December."""
    try:
        p = parse_period(text.strip())
    except PeriodError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return Period(p.year, 12) if p.is_year else p


# navdesk's years are 1990-2100 (domain.period): no more of them than this
MOST_YEARS = 2100 - 1990 + 1


def _year_count(text: str) -> int:
    n = _positive_int(text)
    if n > MOST_YEARS:
        raise argparse.ArgumentTypeError(f"må være 1–{MOST_YEARS} (navdesk kjenner årene "
                                         "1990–2100)")
    return n


def _file_name(text: str) -> str:
    """A file's name: an empty one would quietly mean "none" (the default file, or the
    screen) instead of the file the user meant to name."""
    if not text.strip():
        raise argparse.ArgumentTypeError("filnavnet er tomt")
    return text


def _code(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("koden er tom")
    return text


def _years(text: str) -> list[int]:
    years = []
    for part in text.replace(" ", "").split(","):
        if part:
            years.append(_year(part))
    return years


def build_parser() -> argparse.ArgumentParser:
    db = _Parser(add_help=False)
    db.add_argument("--db", metavar="FIL", default=argparse.SUPPRESS, type=_file_name,
                    help="databasefil (ellers $NAVDESK_DB, ellers én fil i brukerens datamappe)")
    p = _Parser(prog="navdesk-cli", parents=[db],
                description="navdesk fra kommandolinjen: månedstall inn, kommunens fil ut.")
    p.add_argument("--version", action="version", version=f"navdesk {__version__}")
    sub = p.add_subparsers(dest="command", metavar="KOMMANDO", parser_class=_Parser)
    sub.required = True

    s = sub.add_parser("init", parents=[db], help="sett opp databasen for ditt kontor")
    s.add_argument("--office-code", required=True, metavar="NR", help="kontornummer, f.eks. 0312")
    s.add_argument("--office-name", required=True, metavar="NAVN", help="f.eks. «NAV Frogner»")
    s.add_argument("--municipality", default="", metavar="KOMMUNE", help="kommunens navn")

    s = sub.add_parser("import", parents=[db],
                       help="les inn en utvekslingsfil (alt eller ingenting)")
    s.add_argument("file", type=_file_name, metavar="FIL")
    s.add_argument("--office", metavar="NR", help="legg alle rader på dette kontoret")
    s.add_argument("--add-offices", action="store_true", help="opprett kontorene filen nevner")
    s.add_argument("--restore-zeros", action="store_true",
                   help="les kontornumre som har mistet nullene foran i Excel (312) som det ene "
                        "kjente kontoret de er med nullene (0312); gjøres nå alltid, valget "
                        "godtas fortsatt")
    s.add_argument("--dry-run", action="store_true", help="sjekk filen og vis hva som ville skjedd")
    s.add_argument("--sheet", metavar="ARK",
                   help="arket som skal leses i en arbeidsbok (.xlsx; standard: det første)")
    s.add_argument("--year", type=_year, metavar="ÅR",
                   help="året en bred fil (én kolonne per måned) gjelder; den sier det ikke "
                        "selv (kontoret: --office, ellers ditt eget)")

    s = sub.add_parser("export", parents=[db], help="skriv utvekslingsfilen for kommunen")
    s.add_argument("--year", required=True, type=_year, metavar="ÅR")
    s.add_argument("--month", type=_month, metavar="M",
                   help="bare denne måneden (bred fil: året hittil til og med M)")
    s.add_argument("--format", choices=["long", "wide"], default="long",
                   help="long: én verdi per rad (standard); wide: én indikator per rad")
    s.add_argument("--out", type=_file_name, metavar="FIL",
                   help="filen som skal skrives (ellers standard ut); en fil som slutter på "
                        ".xlsx skrives som Excel-arbeidsbok")
    s.add_argument("--decimal", choices=["comma", "point"], default="comma", help="desimaltegn")
    s.add_argument("--suppress-below", type=_positive_int, metavar="N",
                   help="skriv «:» for personantall fra 1 til N-1 (for publisering)")
    s.add_argument("--office", metavar="NR|all", help="kontoret (standard: ditt eget) eller all")

    s = sub.add_parser("catalogue", parents=[db], help="indikatorkatalogen")
    csub = s.add_subparsers(dest="catalogue_command", metavar="HANDLING", parser_class=_Parser)
    csub.required = True
    c = csub.add_parser("export", parents=[db], help="skriv katalogen som fil")
    c.add_argument("--out", type=_file_name, metavar="FIL")
    c = csub.add_parser("import", parents=[db],
                        help="legg til og oppdater indikatorer fra en katalogfil")
    c.add_argument("file", type=_file_name, metavar="FIL")
    c.add_argument("--dry-run", action="store_true", help="vis bare hva som ville endret seg")

    s = sub.add_parser("goalcard", parents=[db], help="styringskortet med trafikklys")
    s.add_argument("--year", required=True, type=_year, metavar="ÅR")
    s.add_argument("--office", type=_code, metavar="NR",
                   help="kontoret (standard: databasens eget); all: alle kontorer sammen, "
                        "som ett kontor")
    s.add_argument("--month", type=_month, metavar="M",
                   help="til og med måned M (standard: siste hele måned; en delvis måned "
                        "merkes som delvis)")
    s.add_argument("--format", choices=["text", "csv"], default="text",
                   help="text: tabell for terminalen (standard); csv: fil som utvekslingsfilen")
    s.add_argument("--out", type=_file_name, metavar="FIL",
                   help="filen som skal skrives (ellers standard ut)")

    s = sub.add_parser("compare", parents=[db],
                       help="kontorene side om side: én indikator, indeksert mot alle = 100")
    s.add_argument("--indicator", required=True, type=_code, metavar="KODE",
                   help="indikatoren som sammenlignes")
    s.add_argument("--year", required=True, type=_year, metavar="ÅR")
    s.add_argument("--month", type=_month, metavar="M",
                   help="året hittil, til og med måned M (standard: hele året)")
    s.add_argument("--format", choices=["text", "csv"], default="text",
                   help="text: tabell for terminalen (standard); csv: kontornr;kontor;verdi;indeks")
    s.add_argument("--out", type=_file_name, metavar="FIL",
                   help="filen som skal skrives (ellers standard ut)")

    s = sub.add_parser("template", parents=[db], help="styringskortets mal (fra kommunen)")
    tsub = s.add_subparsers(dest="template_command", metavar="HANDLING", parser_class=_Parser)
    tsub.required = True
    t = tsub.add_parser("export", parents=[db], help="skriv styringskortet som mal-fil")
    t.add_argument("--out", type=_file_name, metavar="FIL")
    t = tsub.add_parser("import", parents=[db], help="erstatt styringskortet med en mal-fil")
    t.add_argument("file", type=_file_name, metavar="FIL")
    t.add_argument("--dry-run", action="store_true", help="vis bare hva som ville endret seg")
    t.add_argument("--replace", action="store_true",
                   help="erstatt selv om malen fjerner alle eller over halvparten av målingene")

    s = sub.add_parser("plot", parents=[db], help="tegn utviklingen som bilde (PNG eller SVG)")
    s.add_argument("--indicator", action="append", required=True, type=_code,
                   metavar="KODE",
                   help="indikatoren (gjenta for flere)")
    s.add_argument("--from", dest="first", type=_month_text, metavar="ÅÅÅÅ-MM",
                   help="første måned (standard: 24 måneder før --to)")
    s.add_argument("--to", dest="last", type=_month_text, metavar="ÅÅÅÅ-MM",
                   help="siste måned (standard: siste måned med tall)")
    s.add_argument("--yearly", action="store_true",
                   help="ett punkt per år, etter indikatorens regel")
    s.add_argument("--target", action="store_true", help="målverdien fra styringskortet som linje")
    s.add_argument("--out", type=_file_name, metavar="FIL", default="trend.png",
                   help="bildet som skal skrives, .png eller .svg (standard trend.png)")

    s = sub.add_parser("report", parents=[db], help="fordelinger og statusrapport")
    rsub = s.add_subparsers(dest="report_command", metavar="HANDLING", parser_class=_Parser)
    rsub.required = True
    r = rsub.add_parser("breakdown", parents=[db], help="fordelingstabellene med andeler")
    r.add_argument("--year", required=True, type=_year, metavar="ÅR")
    r.add_argument("--month", type=_month, metavar="M",
                   help="til og med måned M i hvert år (standard: årets siste hele måned)")
    r.add_argument("--compare", type=_years, default=[], metavar="ÅR[,ÅR...]",
                   help="år å sammenligne med, f.eks. 2012,2011")
    r.add_argument("--format", choices=["text", "csv"], default="text",
                   help="text: tabeller for terminalen (standard); csv: fil for kommunen")
    r.add_argument("--out", type=_file_name, metavar="FIL",
                   help="filen som skal skrives (ellers standard ut)")
    r = rsub.add_parser("pdf", parents=[db], help="statusrapporten som PDF (A4)")
    r.add_argument("--year", required=True, type=_year, metavar="ÅR")
    r.add_argument("--office", type=_code, metavar="NR",
                   help="kontoret (standard: databasens eget); all: alle kontorer sammen, "
                        "som ett kontor")
    r.add_argument("--month", type=_month, metavar="M",
                   help="til og med måned M (standard: siste hele måned; en delvis måned "
                        "merkes som delvis)")
    r.add_argument("--out", type=_file_name, required=True, metavar="FIL",
                   help="PDF-filen som skal skrives")

    s = sub.add_parser(
        "month", parents=[db], help="en måned: status, marker som rapportert, gjenåpne",
        description="Månedsrutinen: se hvor komplett en måned er, marker den som rapportert "
                    "(låst) og gjenåpne den. Lukking og gjenåpning logges som i vinduet.",
        epilog="Avslutningskode 0: ferdig (også når måneden allerede var låst eller åpen); "
               "2: nektet eller feil inndata, ingenting er endret.")
    msub = s.add_subparsers(dest="month_command", metavar="HANDLING", parser_class=_Parser)
    msub.required = True
    m = msub.add_parser("status", parents=[db],
                        help="hvor komplett måneden er (tall per seksjon, linjer som mangler), "
                             "åpne og forklarte avvik, og når den ble låst og gjenåpnet")
    m.add_argument("month", type=_month_text, metavar="ÅÅÅÅ-MM")
    m = msub.add_parser("lock", parents=[db],
                        help="marker måneden som rapportert (låst); nektes med tellingen når tall "
                             "mangler eller måneden ikke er over, uten --anyway")
    m.add_argument("month", type=_month_text, metavar="ÅÅÅÅ-MM")
    m.add_argument("--anyway", action="store_true",
                   help="lås selv om tall mangler eller måneden ikke er over (står i loggen)")
    m = msub.add_parser("reopen", parents=[db],
                        help="åpne en rapportert måned for endringer igjen; grunnen logges")
    m.add_argument("month", type=_month_text, metavar="ÅÅÅÅ-MM")
    m.add_argument("--why", required=True, metavar="TEKST",
                   help="hvorfor måneden åpnes igjen (påkrevd)")

    sub.add_parser("backup", parents=[db],
                   help="lag en sikkerhetskopi av databasen nå (skriver filens sti)")
    sub.add_parser("backups", parents=[db],
                   help="sikkerhetskopiene, nyeste først: sti, når, hvorfor, antall verdier")
    s = sub.add_parser("restore", parents=[db],
                       help="erstatt databasens innhold med en sikkerhetskopi av samme kontor "
                            "(det nåværende innholdet sikkerhetskopieres først)")
    s.add_argument("file", metavar="FIL", help="sikkerhetskopien (se navdesk-cli backups)")
    s.add_argument("--yes", action="store_true", help="gjenopprett uten å spørre")

    sub.add_parser("selftest", help="prøv alt i en midlertidig database (som navdesk --selftest)")

    s = sub.add_parser("check", parents=[db], help="avvik og uteliggere, én per linje")
    s.add_argument("--year", type=_year, metavar="ÅR", help="standard: siste år med tall")

    s = sub.add_parser("ssb", parents=[db], help="sammenligningstall fra SSBs statistikkbank")
    ssub = s.add_subparsers(dest="ssb_command", metavar="HANDLING", parser_class=_Parser)
    ssub.required = True
    t = ssub.add_parser("import", parents=[db],
                        help="les inn en tabell (JSON-stat2 eller semikolonseparert CSV); "
                             "erstatter tabellens tall fra før")
    t.add_argument("file", type=_file_name, metavar="FIL")
    t.add_argument("--mapping", required=True, type=_file_name, metavar="FIL",
                   help="koblingsfil: tabellens innhold -> navdesks indikatorer")
    t.add_argument("--dry-run", action="store_true",
                   help="sjekk filene og vis hva som ville skjedd")
    ssub.add_parser("list", parents=[db], help="tabellene som er lest inn, og hva de har")

    s = sub.add_parser("completeness", parents=[db],
                       help="hvor komplett hvert kontors måneder er i et år (kontor × måned)")
    s.add_argument("--year", required=True, type=_year, metavar="ÅR")
    s.add_argument("--format", choices=["text", "csv"], default="text",
                   help="text: rutenett for terminalen (standard); csv: én rad per kontor og "
                        "måned, som utvekslingsfilen")
    s.add_argument("--out", type=_file_name, metavar="FIL",
                   help="filen som skal skrives (ellers standard ut)")

    s = sub.add_parser("demo", parents=[db], help="fyll kontoret med eksempeltall")
    s.add_argument("--years", type=_year_count, default=3, metavar="N",
                   help="antall år (standard 3)")
    s.add_argument("--until", type=_last_month, metavar="ÅÅÅÅ-MM",
                   help="siste måned (standard: forrige måned)")
    return p


def _open(args, *, create: bool = False):
    """The database of ``--db`` (else $NAVDESK_DB, else the user's own). Only ``init``
    creates it when it is missing: every other command needs a database
    that exists, so a mistyped ``--db`` is refused instead of leaving a new, empty
    database file behind. A file that is not navdesk's is refused before SQLite opens
    it (``store.connection``), and left exactly as it was."""
    from navdesk.store import StoreError, open_store

    path = database_path(getattr(args, "db", None))
    try:  # a damaged file is refused before any command reads or writes it
        return open_store(path, create=create, check=True)
    except StoreError as exc:
        hint = "" if create or Path(path).exists() else (
            " (er navnet riktig? en ny database lages med navdesk-cli init)")
        raise UserError(f"{exc}{hint}") from None


def _home(store):
    office = store.home_office()
    if office is None:
        raise UserError("Ingen kontor er satt opp i databasen; kjør først: navdesk-cli init "
                        "--office-code NR --office-name NAVN")
    return office


def _say(text: str) -> None:
    print(text, file=sys.stderr)


def cmd_init(args) -> int:
    from navdesk.domain.limits import office_problem

    # the one rule for a new office (domain.limits), as import --add-offices keeps it
    if problem := office_problem(args.office_code.strip(), args.office_name.strip()):
        raise UserError(str(problem))
    with _open(args, create=True) as store:
        home = store.home_office()
        if home and home.code != args.office_code:
            raise UserError(f"Databasen er allerede satt opp for kontor {home.code} {home.name}")
        office = store.save_office(args.office_code, args.office_name, args.municipality, home=True)
        _say(f"Databasen {store.path} er satt opp for {office.code} {office.name}.")
    return EXIT_OK


def _n(x: int) -> str:
    return f"{x:,}".replace(",", "\u00a0")


def cmd_import(args) -> int:
    from navdesk.service.importing import import_exchange_file, place

    with _open(args) as store:
        if args.office and store.office(args.office) is None and not args.add_offices:
            raise UserError(f"Kontor {args.office} finnes ikke i databasen")
        # office codes without their leading zeros are read as the known office whether
        # or not --restore-zeros is given (issue 15); the option stays accepted
        report = import_exchange_file(store, args.file, office=args.office,
                                      add_offices=args.add_offices, dry_run=args.dry_run,
                                      sheet=args.sheet, year=args.year)
        names = {o.code: o.name for o in store.offices()}
    for code, office in sorted(report.read_as.items()):
        rows = report.read_as_rows.get(code, 0)
        _say(f"Leser kontor {code} som {office} {names.get(office, '')} "
             f"({_n(rows)} {'rad' if rows == 1 else 'rader'})")
    for notice in report.notices[len(report.read_as):]:  # title and Sum rows skipped
        _say(str(notice))
    if report.problems:
        _say(f"{report.file} ble ikke importert; ingenting er endret. "
             f"{_n(len(report.problems))} feil:")
        for line, message in report.problems:
            _say(f"  {place(report, line)}: {message}" if line else f"  {message}")
        return EXIT_BAD_INPUT
    summary = (f"{_n(report.new)} nye, {_n(report.changed)} endrede og "
               f"{_n(report.unchanged)} uendrede verdier")
    extra = []
    if report.offices_added:
        extra.append(f"{len(report.offices_added)} kontor(er) "
                     + ("ville blitt opprettet" if args.dry_run else "opprettet"))
    if report.skipped_empty:
        extra.append(f"{_n(report.skipped_empty)} rader uten verdi hoppet over")
    if report.skipped_suppressed:
        extra.append(f"{_n(report.skipped_suppressed)} skjulte verdier («:») hoppet over")
    tail = f" ({'; '.join(extra)})" if extra else ""
    source = f"ark «{report.sheet}»" if report.sheet else report.encoding
    if args.dry_run:
        _say(f"Prøvekjøring av {report.file} ({source}): {summary}{tail}."
             " Ingenting er lagret.")
    else:
        _say(f"Importert {report.file} ({source}): {summary}{tail}.")
    return EXIT_OK


def _read_text(name: str) -> tuple[Path, str]:
    """A text file as people send it (UTF-8 with or without BOM, Windows-1252; UTF-16 with
    a BOM), decoded strictly (:func:`navdesk.formats.csvfile.decoded_text`)."""
    from navdesk.formats.csvfile import FileRefused, decoded_text

    path = Path(name)
    if not path.is_file():
        raise UserError(f"Finner ikke filen {path}")
    try:
        return path, decoded_text(path)
    except OSError as exc:
        raise UserError(f"Kan ikke lese {path}: {exc.strerror or exc}") from None
    except FileRefused as exc:  # not UTF-8 nor Windows-1252: refused with the line
        where = f"linje {exc.line}: " if exc.line else ""
        raise UserError(f"{path.name} ble ikke lest inn; ingenting er endret: "
                        f"{where}{exc.problem}") from None


def _refused(path: Path, problems: Exception) -> int:
    """Say that ``path`` changed nothing, one problem a line (they name their lines)."""
    _say(f"{path.name} ble ikke lest inn; ingenting er endret:")
    for line in str(problems).splitlines():
        _say(f"  {line}")
    return EXIT_BAD_INPUT


def _write(rows, header, out: str | None) -> None:
    from navdesk.formats.csvfile import write_csv, write_csv_file

    if out:
        try:
            write_csv_file(Path(out), header, rows)
        except OSError as exc:
            raise UserError(cannot_write(out, exc)) from None
    else:
        write_csv(sys.stdout.buffer, header, rows)
        sys.stdout.buffer.flush()


def cmd_export(args) -> int:
    from navdesk.formats.csvfile import write_csv
    from navdesk.present import exchange

    decimal = "," if args.decimal == "comma" else "."
    options = dict(format=args.format, decimal=decimal, suppress_below=args.suppress_below)
    with _open(args) as store:
        if args.office == "all":
            offices = [o.code for o in store.offices()]
        else:
            offices = [_office(store, args.office).code]
        if args.out:
            # the window's export calls the same function: the two cannot drift apart
            try:
                written = exchange.export_file(store, args.out, offices, args.year, args.month,
                                               **options)
            except OSError as exc:
                raise UserError(cannot_write(args.out, exc)) from None
        else:
            header, rows = exchange.export_rows(store, offices, args.year, args.month, **options)
        # a wide year runs through one month: said when it is not whole or leaves some out
        span = (exchange.wide_span(store, offices[0], args.year, args.month)
                if args.format == "wide" else None)
    if args.out:
        _say(f"Skrev {_n(written)} rader til {args.out}.")
    else:
        write_csv(sys.stdout.buffer, header, rows)
        sys.stdout.buffer.flush()
    if span is not None:
        _say_months(span.month, span.left_out)
    return EXIT_OK


def cmd_catalogue(args) -> int:
    from navdesk.domain.catalogue import CATALOGUE_COLUMNS, CatalogueError
    from navdesk.formats.catalogue_file import catalogue_rows, read_catalogue_text
    from navdesk.store.backup import BEFORE_CATALOGUE

    if args.catalogue_command == "import":
        path, text = _read_text(args.file)
        with _open(args) as store:
            try:
                indicators = read_catalogue_text(text)
                changes = store.merge_catalogue(indicators, dry_run=True)
                if changes and not args.dry_run:
                    _backup_before(store, BEFORE_CATALOGUE)
                    changes = store.merge_catalogue(indicators)
            except (CatalogueError, ValueRejected) as exc:
                return _refused(path, exc)
        for line in changes:
            print(line)
        if not changes:
            _say("Katalogen har allerede alt i filen; ingenting å endre.")
        elif args.dry_run:
            _say(f"Prøvekjøring av {path.name}: {len(changes)} endring(er). Ingenting er lagret.")
        else:
            _say(f"Katalogen er oppdatert fra {path.name}: {len(changes)} endring(er).")
        return EXIT_OK
    with _open(args) as store:
        rows = catalogue_rows(store.catalogue)
    _write(rows, CATALOGUE_COLUMNS, args.out)
    return EXIT_OK


def cmd_goalcard(args) -> int:
    from navdesk.present.goalcard import (
        GOALCARD_COLUMNS,
        NoFigures,
        goal_card_csv_rows,
        goal_card_rows,
        goal_card_text,
    )
    from navdesk.store.months import left_out_months

    if args.office == "all":
        return _network_goalcard(args)
    with _open(args) as store:
        office = _office(store, args.office)
        try:
            rows = goal_card_rows(store, office.code, args.year, args.month)
        except NoFigures as exc:
            raise UserError(f"{exc} for {office.name}") from None
        month = rows[0].month if rows else None
        left_out = ([] if month is None else
                    left_out_months(store, office.code, args.year, month.period.month))  # type: ignore[arg-type]  # a month
    if args.format == "csv":
        _write(goal_card_csv_rows(rows), GOALCARD_COLUMNS, args.out)
    else:
        _write_text(goal_card_text(rows, left_out), args.out)
    if args.out or args.format == "csv":  # the text on the screen has these under its title
        _say_months(month, left_out)
    return EXIT_OK


def _office(store, code: str | None):
    """The office ``--office`` names, else the database's own."""
    if code is None:
        return _home(store)
    office = store.office(code.strip())
    if office is None:
        from navdesk.domain.office_code import with_zeros_restored

        meant = with_zeros_restored(code.strip(), {o.code for o in store.offices()})
        hint = f"; mente du {meant[0]}?" if len(meant) == 1 else ""
        raise UserError(f"Kontor {code} finnes ikke i databasen{hint}")
    return office


def _network_goalcard(args) -> int:
    """``goalcard --office all``: each measure by the network's figure."""
    from navdesk.present.goalcard import (
        GOALCARD_COLUMNS,
        NoFigures,
        goal_card_csv_rows,
        goal_card_text,
    )
    from navdesk.present.network_card import network_card

    with _open(args) as store:
        try:
            card = network_card(store, args.year, args.month)
        except NoFigures as exc:
            raise UserError(str(exc)) from None
    if args.format == "csv":
        _write(goal_card_csv_rows(card.rows), GOALCARD_COLUMNS, args.out)
    else:
        _write_text(goal_card_text(card.rows, title=card.title(), notes=card.notes()), args.out)
    if args.out or args.format == "csv":  # the text on the screen has these under its title
        for note in card.notes():
            _say(f"Merk: {note}")
    return EXIT_OK


def _say_months(month, left_out) -> None:
    """"Merk: ..." beside a file: the label of the month it runs through when it must
    carry one, and each later month left out."""
    from navdesk.domain.said import first_upper

    if month is not None and month.is_labelled:
        _say(f"Merk: {month.partial_label()}")
    for later in left_out:
        _say(f"Merk: {first_upper(later.left_out_text())}")


def cmd_compare(args) -> int:
    from navdesk.present.comparison import (
        COMPARISON_COLUMNS,
        ComparisonRefused,
        comparison,
        comparison_csv_rows,
        comparison_text,
    )

    with _open(args) as store:
        try:
            result = comparison(store, args.indicator, args.year, args.month)
        except ComparisonRefused as exc:
            raise UserError(f"Kan ikke sammenligne: {exc}") from None
    if args.format == "csv":
        _write(comparison_csv_rows(result), COMPARISON_COLUMNS, args.out)
    else:
        _write_text(comparison_text(result), args.out)
    return EXIT_OK


def cmd_template(args) -> int:
    from navdesk.domain.goalcard import (
        TEMPLATE_COLUMNS,
        TemplateError,
        describe_changes,
        template_rows,
    )
    from navdesk.formats.csvfile import guard
    from navdesk.formats.template_file import parse_template
    from navdesk.store.goalcard import load_goal_card, replace_goal_card

    with _open(args) as store:
        current = load_goal_card(store)
        if args.template_command == "export":
            rows = [[guard(r[c]) for c in TEMPLATE_COLUMNS] for r in template_rows(current)]
            _write(rows, TEMPLATE_COLUMNS, args.out)
            return EXIT_OK
        from navdesk.formats.csvfile import unguard

        path, text = _read_text(args.file)
        try:
            card = parse_template(text, store.catalogue, clean=unguard)
        except TemplateError as exc:
            return _refused(path, exc)
        changes = describe_changes(current, card)
        if not changes:
            _say("Malen er lik styringskortet; ingenting å endre.")
            return EXIT_OK
        for line in changes:
            print(line)
        from navdesk.domain.goalcard import removal_warning, removes_much

        if removes_much(current, card) and not args.replace:
            _say(f"navdesk-cli: {removal_warning(current, card)} Bruk --replace hvis "
                 "styringskortet skal erstattes likevel (kommentarene tas vare på); "
                 "ingenting er endret.")
            return EXIT_BAD_INPUT
        if args.dry_run:
            _say(f"Prøvekjøring: {len(changes)} endring(er). Ingenting er lagret.")
        else:
            from navdesk.store.backup import BEFORE_TEMPLATE

            _backup_before(store, BEFORE_TEMPLATE)
            replace_goal_card(store, card, why=f"styringskort: malen {path.name} importert"
                              f" ({len(changes)} endring(er))")
            _say(f"Styringskortet er oppdatert fra {path.name}: {len(changes)} endring(er).")
    return EXIT_OK


def _backup_before(store, reason: str) -> None:
    """A backup of ``store`` before a command replaces part of it."""
    from navdesk.store.backup import make_backup

    make_backup(store.conn, store.path, reason)


def cmd_backup(args) -> int:
    from navdesk.store.backup import MANUAL, make_backup

    with _open(args) as store:
        made = make_backup(store.conn, store.path, MANUAL)
    print(made)
    _say(f"Sikkerhetskopi av {store.path} laget.")
    return EXIT_OK


def cmd_backups(args) -> int:
    from navdesk.store.backup import backup_folder, list_backups

    # the database is not opened: its backups are wanted most when it cannot be
    path = database_path(getattr(args, "db", None))
    found = list_backups(path)
    for backup in found:
        print(backup.line())
    if not found:
        _say(f"Ingen sikkerhetskopier av {path} ennå (de lagres i {backup_folder(path)}).")
    return EXIT_OK


def cmd_restore(args) -> int:
    import sqlite3

    from navdesk.store import StoreError
    from navdesk.store.restore import check_backup, restore_backup

    path = database_path(getattr(args, "db", None))
    file = Path(args.file).expanduser()
    try:
        store = _open(args)
    except UserError:
        if not Path(path).is_file():
            raise
        store = None  # a damaged database: restored without opening it as navdesk's
    conn = store.conn if store is not None else sqlite3.connect(str(path), isolation_level=None)
    try:
        try:
            plan = check_backup(conn, file)
        except StoreError as exc:
            _say(f"navdesk-cli: {exc}; ingenting er endret.")
            return EXIT_BAD_INPUT
        if not args.yes:
            _say(str(plan.describe(path)))
            if not _agreed("Gjenopprette? [j/N] "):
                _say("Ingenting er endret. Bruk --yes for å gjenopprette uten å bli spurt.")
                return EXIT_BAD_INPUT
        try:
            before = restore_backup(conn, path, file)
        except StoreError as exc:
            _say(f"navdesk-cli: {exc}; ingenting er endret.")
            return EXIT_BAD_INPUT
    finally:
        if store is not None:
            store.close()
        else:
            conn.close()
    _say(f"Gjenopprettet {path} fra {file}. Innholdet før er sikkerhetskopiert i {before}.")
    return EXIT_OK


def _agreed(question: str) -> bool:
    """Ask on the terminal; without one (a script, a pipe) the answer is no."""
    if not sys.stdin or not sys.stdin.isatty():
        return False
    print(question, end="", file=sys.stderr, flush=True)
    try:
        answer = sys.stdin.readline()
    except (OSError, EOFError):
        return False
    return answer.strip().lower() in ("j", "ja", "y", "yes")


def cmd_plot(args) -> int:
    from navdesk.present.trends import TrendOptions, trend_picture

    out = Path(args.out)
    if out.suffix.lower() not in (".png", ".svg"):
        raise UserError(f"{out.name}: filen må slutte på .png eller .svg")
    with _open(args) as store:
        office = _home(store)
        codes = [c.upper() for c in args.indicator]
        unknown = [c for c in codes if c not in store.catalogue]
        if unknown:
            raise UserError(f"Ukjent indikator: {', '.join(unknown)}")
        last = args.last or store.latest_month(office.code)
        if last is None:
            raise UserError(f"{office.name} har ingen tall ennå")
        first = args.first
        if first is None:  # 24 months, or from navdesk's first month when that is later
            first = last
            for _ in range(23):
                first = first.month_before() or first
        if last < first:
            raise UserError("--from må komme før --to")
        options = TrendOptions(codes, first, last, yearly=args.yearly, target=args.target)
        picture = trend_picture(store, office.code, options)
    from navdesk.ui.offscreen import write_plot  # Qt only for the commands that draw

    try:
        write_plot(picture, str(out))
    except OSError as exc:
        raise UserError(cannot_write(out, exc)) from None
    for note in picture.notes:
        _say(note)
    _say(f"Skrev {out}: {picture.title}")
    return EXIT_OK


def cmd_report(args) -> int:
    if args.report_command == "breakdown":
        from navdesk.present.breakdown import (
            BREAKDOWN_COLUMNS,
            breakdown_csv_rows,
            breakdown_text,
            office_breakdowns,
            table_months,
        )
        from navdesk.store.months import left_out_months

        with _open(args) as store:
            office = _home(store)
            compare = [y for y in args.compare if y != args.year]
            tables = office_breakdowns(store, office.code, args.year, args.month, compare)
            names = {i.code: i.name for i in store.catalogue}
            months = table_months(store, office.code, tables)
            left_out = (left_out_months(store, office.code, args.year, tables[0].through_month)
                        if tables else [])
        if not any(t.has_figures() for t in tables):
            raise UserError(f"Ingen fordelinger har tall for {args.year} for {office.name}")
        shown = months.get(Period(args.year, tables[0].through_month)) if tables else None
        if args.format == "csv":
            _write(breakdown_csv_rows(tables, months), BREAKDOWN_COLUMNS, args.out)
        else:
            _write_text(breakdown_text(tables, names, shown, left_out), args.out)
        if args.out or args.format == "csv":  # the text on the screen starts with these
            _say_months(shown, left_out)
        return EXIT_OK
    from navdesk.present.goalcard import NoFigures
    from navdesk.present.network_card import network_report_content
    from navdesk.present.report import report_content

    with _open(args) as store:
        office = None if args.office == "all" else _office(store, args.office)
        try:
            content = (network_report_content(store, args.year, args.month) if office is None
                       else report_content(store, office, args.year, args.month))
        except NoFigures as exc:
            raise UserError(f"{exc} for {office.name}" if office else str(exc)) from None
        from navdesk.ui.offscreen import write_report  # Qt only for the commands that draw

        try:
            pages = write_report(content, store, args.out)
        except OSError as exc:
            raise UserError(cannot_write(args.out, exc)) from None
    _say(f"Skrev {args.out}: statusrapport for {content.period_words}, "
         f"{pages} {'side' if pages == 1 else 'sider'}.")
    _say_months(content.month, content.left_out)
    for note in content.notes:
        _say(f"Merk: {note}")
    return EXIT_OK


def _write_text(text: str, out: str | None) -> None:
    if out:
        from navdesk.formats.files import write_atomically

        try:  # a full disk leaves no half-written file
            write_atomically(out, lambda f: f.write(text.encode("utf-8")))
        except OSError as exc:
            raise UserError(cannot_write(out, exc)) from None
    else:
        sys.stdout.write(text)


MISSING_SHOWN = 12  # a refused lock names this many missing lines; `month status` names all


def cmd_month(args) -> int:
    from navdesk.domain.closing import month_words
    from navdesk.domain.completeness import own_period
    from navdesk.present.month_status import month_status_text
    from navdesk.store.closing import MonthNotBegun, MonthNotReady, close_month, reopen_month
    from navdesk.store.months import review

    period = args.month
    words = str(month_words(period))
    with _open(args) as store:
        office = _home(store)
        if args.month_command == "status":
            month_review = review(store, office.code, period)
            comments = {}
            for f in month_review.explained:
                ind = store.catalogue.get(f.code)
                stored = store.value(office.code, f.code,
                                     own_period(ind, period) if ind is not None else period)
                comments[f.code] = stored.comment if stored is not None else ""
            sys.stdout.write(month_status_text(office.name, month_review,
                                               store.lock_events(office.code, period),
                                               store.catalogue, comments))
            return EXIT_OK
        if args.month_command == "lock":
            try:
                done = close_month(store, office.code, period, today=date.today(),
                                   anyway=args.anyway)
            except MonthNotBegun as exc:  # --anyway or not: nothing to close yet
                _say(f"{words.capitalize()} ble ikke markert som rapportert: {exc} "
                     "(heller ikke med --anyway).")
                return EXIT_BAD_INPUT
            except MonthNotReady as exc:
                _say(f"{words.capitalize()} ble ikke markert som rapportert: {exc}.")
                missing = exc.review.completeness.missing
                for code in missing[:MISSING_SHOWN]:
                    name = store.catalogue[code].name if code in store.catalogue else ""
                    _say(f"  mangler {code}  {name}")
                if len(missing) > MISSING_SHOWN:
                    _say(f"  … og {len(missing) - MISSING_SHOWN} til (alle: navdesk-cli month "
                         f"status {period})")
                if missing:
                    _say("Skriv tallene inn, eller bruk --anyway for å låse likevel "
                         "(det står i loggen).")
                else:  # refused only because the month is not over
                    _say("Vent til måneden er over, eller bruk --anyway for å låse likevel "
                         "(det står i loggen).")
                return EXIT_BAD_INPUT
            if not done:
                _say(f"{words.capitalize()} er allerede rapportert for {office.name}; "
                     "ingenting er endret.")
                return EXIT_OK
            note = store.lock_events(office.code, period)[0].note
            _say(f"{words.capitalize()} er markert som rapportert for {office.name}: {note}.")
            return EXIT_OK
        done = reopen_month(store, office.code, period, args.why)
        if not done:
            _say(f"{words.capitalize()} er ikke rapportert for {office.name}; "
                 "ingenting å gjenåpne.")
            return EXIT_OK
        _say(f"{words.capitalize()} er åpnet igjen for {office.name} "
             f"(grunn: {args.why.strip()}).")
    return EXIT_OK


def cmd_selftest(args) -> int:
    from navdesk.selftest import run  # Qt only for this command

    return run()


def cmd_check(args) -> int:
    from navdesk.domain.rules import check_year

    with _open(args) as store:
        office = _home(store)
        year = args.year or (store.years_with_values(office.code) or [date.today().year])[-1]
        figures = store.figures(office.code, [year - 1, year])
        findings = check_year(store.catalogue, figures, year)
    for f in findings:
        print(f)
    _say(f"{len(findings)} avvik for {office.name} i {year}." if findings
         else f"Ingen avvik for {office.name} i {year}.")
    return EXIT_OK


def cmd_ssb(args) -> int:
    from navdesk.domain.ssb import SsbError, comparison_figures, counted_symbols
    from navdesk.store.comparison_figures import comparison_tables, replace_comparison_table

    if args.ssb_command == "list":
        with _open(args) as store:
            tables = comparison_tables(store.conn)
        if not tables:
            _say("Ingen tabeller fra SSB er lest inn.")
        for t in tables:
            gaps = ", ".join(f"«{s}» {n}" for s, n in t.missing.items()) or "ingen"
            span = f"{t.periods[0]}–{t.periods[-1]}" if t.periods else "ingen"
            print(f"{t.table_id}\t{t.title}\toppdatert {t.updated or 'ukjent'}"
                  f"\tlastet ned {t.downloaded or 'ukjent'}\t{_n(t.regions)} regioner"
                  f"\t{', '.join(t.indicators)}\tperioder {span} ({len(t.periods)})"
                  f"\t{_n(t.figures)} tall\tmangler: {gaps}")
        return EXIT_OK
    path, mapping_path = Path(args.file), Path(args.mapping)
    for given in (path, mapping_path):
        if not given.is_file():
            raise UserError(f"Finner ikke filen {given}")
    with _open(args) as store:
        try:
            table = _read_ssb_table(path)
        except SsbError as exc:
            return _refused(path, exc)
        except OSError as exc:
            raise UserError(f"Kan ikke lese {path}: {exc.strerror or exc}") from None
        try:
            from navdesk.formats.ssb_mapping import read_mapping_file

            mapping = read_mapping_file(mapping_path, store.catalogue)
        except SsbError as exc:
            return _refused(mapping_path, exc)
        except OSError as exc:
            raise UserError(f"Kan ikke lese {mapping_path}: {exc.strerror or exc}") from None
        try:
            mapped = comparison_figures(table, mapping)
        except SsbError as exc:
            return _refused(path, exc)
        done = replace_comparison_table(store.conn, store.path, table, mapped.figures,
                                        file=path, dry_run=args.dry_run)
    missing = counted_symbols(mapped.figures)
    said_missing = "".join(f"; {_n(n)} mangler («{s}»)" for s, n in sorted(missing.items()))
    skipped = (f"; {_n(mapped.unmapped)} celler som koblingsfilen ikke nevner er hoppet over"
               if mapped.unmapped else "")
    summary = (f"tabell {done.table_id}: {_n(done.stored)} tall{said_missing}{skipped}"
               + (f"; erstatter {_n(done.replaced)} tall fra før" if done.replaced else ""))
    if args.dry_run:
        _say(f"Prøvekjøring av {path.name}: {summary}. Ingenting er lagret.")
    else:
        _say(f"Lest inn {path.name}: {summary}.")
    return EXIT_OK


def _read_ssb_table(path: Path):
    """A statistikkbanken file by what it holds: JSON-stat begins with «{»."""
    from navdesk.domain.ssb import SsbError
    from navdesk.formats.files import open_database_refusal
    from navdesk.formats.jsonstat import read_jsonstat_file
    from navdesk.formats.open_database import is_open_database
    from navdesk.formats.ssb_csv import read_ssb_csv_file

    if is_open_database(path):
        raise SsbError(open_database_refusal(path))
    with open(path, "rb") as f:
        head = f.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    return read_jsonstat_file(path) if head.startswith(b"{") else read_ssb_csv_file(path)


def cmd_completeness(args) -> int:
    from navdesk.present.completeness_grid import (
        COMPLETENESS_COLUMNS,
        completeness_csv_rows,
        completeness_grid,
        completeness_text,
    )

    with _open(args) as store:
        grid = completeness_grid(store, args.year)
    if args.format == "csv":
        _write(completeness_csv_rows(grid), COMPLETENESS_COLUMNS, args.out)
    else:
        _write_text(completeness_text(grid), args.out)
    return EXIT_OK


def cmd_demo(args) -> int:
    from navdesk.store.demo import fill_demo

    last = args.until or Period(date.today().year, date.today().month).previous_month()
    try:
        first = Period(last.year - args.years + 1, 1)
    except PeriodError as exc:  # --years reaching back before navdesk's first year
        raise UserError(f"--years {args.years} fra {last.year}: {exc}") from None
    with _open(args) as store:
        office = _home(store)
        changed = fill_demo(store, office.code, first, last)
    _say(f"Eksempeltall for {office.name} {first}–{last}: {_n(changed)} verdier lagret.")
    return EXIT_OK


COMMANDS = {"init": cmd_init, "import": cmd_import, "export": cmd_export,
            "catalogue": cmd_catalogue, "goalcard": cmd_goalcard, "template": cmd_template,
            "compare": cmd_compare,
            "plot": cmd_plot, "report": cmd_report, "month": cmd_month,
            "backup": cmd_backup, "backups": cmd_backups, "restore": cmd_restore,
            "selftest": cmd_selftest,
            "check": cmd_check,
            "ssb": cmd_ssb,
            "completeness": cmd_completeness,
            "demo": cmd_demo}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "office", None) and args.office.strip().lower() in ("all", "alle"):
        args.office = "all"  # as people type it: ALL, Alle
    try:
        return COMMANDS[args.command](args)
    except (UserError, ValueRejected) as exc:
        _say(f"navdesk-cli: {exc}")
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        _say("navdesk-cli: avbrutt")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # never a traceback in front of the user
        from navdesk.crashlog import write_crash_log
        from navdesk.store import StoreError

        if isinstance(exc, StoreError):  # raised after opening: busy, read-only, disk full
            _say(f"navdesk-cli: {exc}")
            return EXIT_BAD_INPUT
        disk = _disk_trouble(exc)
        if disk is not None:  # not a fault of navdesk's: said as it is, no crash log
            _say(f"navdesk-cli: {disk}")
            return EXIT_BAD_INPUT

        log = write_crash_log(exc)
        _say(f"navdesk-cli: uventet feil: {exc}" + (f" (detaljer i {log})" if log else ""))
        return EXIT_ERROR


def _disk_trouble(exc: Exception) -> str | None:
    """The message for a full or failing disk met where no one expected it (a read
    outside a transaction, a file written by a library); None for anything else."""
    import errno
    import sqlite3

    from navdesk.store.connection import DISK_FULL, DISK_IO_ERROR, disk_trouble

    if isinstance(exc, sqlite3.Error):
        return disk_trouble(exc)
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EIO):
        if exc.filename:
            return cannot_write(exc.filename, exc)
        return DISK_FULL if exc.errno == errno.ENOSPC else DISK_IO_ERROR
    return None


if __name__ == "__main__":
    sys.exit(main())
