#!/bin/sh
# Remakes the LibreOffice fixtures of this folder (see README.md). Run from the worktree
# root with navdesk installed in .venv and LibreOffice Calc (soffice) on the PATH.
set -e
out=tests/formats/spreadsheet
work=$(mktemp -d)
cli=.venv/bin/navdesk-cli
$cli --db "$work/demo.db" init --office-code 0301 --office-name "NAV Gamle Oslo" --municipality Oslo
$cli --db "$work/demo.db" demo --years 1 --until 2024-12
$cli --db "$work/demo.db" export --year 2024 --out "$out/navdesk-export.csv"
$cli --db "$work/demo.db" export --year 2024 --format wide --out "$out/navdesk-export-wide.csv"
$cli --db "$work/demo.db" export --year 2024 --out "$out/navdesk-export.xlsx"
# open as Calc does in Norwegian (nb-NO, language 1044), ';', UTF-8, "detect special
# numbers" on; save as Calc's CSV (';', '"', UTF-8) and as a workbook
for name in navdesk-export navdesk-export-wide; do
  for target in 'csv:Text - txt - csv (StarCalc):59,34,76,1' xlsx; do
    LANG=nb_NO.UTF-8 soffice -env:UserInstallation="file://$work/profile" --headless \
      --infilter="CSV:59,34,76,1,,1044,false,true" --convert-to "$target" \
      --outdir "$work/calc" "$out/$name.csv"
  done
done
# navdesk's own workbook opened in Calc (nb-NO) and saved as Calc's CSV, cells as
# shown (kroner with grouping: 6 572 913,23, a no-break space between the groups)
LANG=nb_NO.UTF-8 soffice -env:UserInstallation="file://$work/profile" --headless \
  --convert-to 'csv:Text - txt - csv (StarCalc):59,34,76,1' \
  --outdir "$work/calc-xlsx" "$out/navdesk-export.xlsx"
cp "$work/calc-xlsx/navdesk-export.csv" "$out/calc-nb-NO-from-xlsx.csv"
cp "$work/calc/navdesk-export.csv" "$out/calc-nb-NO.csv"
cp "$work/calc/navdesk-export.xlsx" "$out/calc-nb-NO.xlsx"
cp "$work/calc/navdesk-export-wide.csv" "$out/calc-nb-NO-wide.csv"
cp "$work/calc/navdesk-export-wide.xlsx" "$out/calc-nb-NO-wide.xlsx"
rm -rf "$work"
