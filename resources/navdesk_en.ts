<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="nb_NO">
<context>
    <name />
    <message>
        <source>Månedstall</source>
        <translation>Monthly figures</translation>
    </message>
    <message>
        <source>Styringskort</source>
        <translation>Goal card</translation>
    </message>
    <message>
        <source>Trender</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Her følger du styringskortet: mål, målverdier og trafikklys.</source>
        <translation>Here you follow the goal card: goals, targets and traffic lights.</translation>
    </message>
    <message>
        <source>Her ser du utviklingen over tid i grafer.</source>
        <translation>Here you see the trends over time in charts.</translation>
    </message>
    <message>
        <source>Her lager du statusrapporten til kommunen.</source>
        <translation>Here you make the status report for the municipality.</translation>
    </message>
    <message>
        <source>{name}  (kontor {code}{place})</source>
        <translation>{name}  (office {code}{place})</translation>
    </message>
    <message>
        <source>Ingen kontor er satt opp ennå</source>
        <translation>No office has been set up yet</translation>
    </message>
    <message>
        <source>Henter månedens tall …</source>
        <translation>Fetching the month's figures …</translation>
    </message>
    <message>
        <source>Databasen har ikke noe kontor ennå. Start navdesk på nytt for å sette opp kontoret, eller prøv «navdesk --demo».</source>
        <translation>The database has no office yet. Start navdesk again to set up the office, or try “navdesk --demo”.</translation>
    </message>
    <message>
        <source>Datafil: {path}</source>
        <translation>Data file: {path}</translation>
    </message>
    <message>
        <source> (eksempeldata)</source>
        <translation> (example data)</translation>
    </message>
    <message>
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Importer fil …</source>
        <translation>&amp;Import file …</translation>
    </message>
    <message>
        <source>Les inn en utvekslingsfil, med forhåndsvisning</source>
        <translation>Read an exchange file, with a preview</translation>
    </message>
    <message>
        <source>&amp;Eksporter for kommunen …</source>
        <translation>&amp;Export for the municipality …</translation>
    </message>
    <message>
        <source>Skriv året eller måneden som CSV-fil</source>
        <translation>Write the year or the month as a CSV file</translation>
    </message>
    <message>
        <source>Importer &amp;katalog …</source>
        <translation>Import &amp;catalogue …</translation>
    </message>
    <message>
        <source>Legg til og oppdater indikatorer fra en katalogfil, med forhåndsvisning</source>
        <translation>Add and update indicators from a catalogue file, with a preview</translation>
    </message>
    <message>
        <source>Lag &amp;statusrapport (PDF) …</source>
        <translation>Make &amp;status report (PDF) …</translation>
    </message>
    <message>
        <source>Styringskort, utvikling, fordelinger og åpne varsler på A4, for kommunen</source>
        <translation>Goal card, trends, breakdowns and open warnings on A4, for the municipality</translation>
    </message>
    <message>
        <source>Å&amp;pne en annen database …</source>
        <translation>&amp;Open another database …</translation>
    </message>
    <message>
        <source>&amp;Avslutt</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Angre</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Gjør om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Indikatorkatalog …</source>
        <translation>&amp;Indicator catalogue …</translation>
    </message>
    <message>
        <source>Kontorets egne indikatorer: legg til, gi nytt navn, skjul eller vis</source>
        <translation>The office's own indicators: add, rename, hide or show</translation>
    </message>
    <message>
        <source>&amp;Måned</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <source>&amp;Forrige måned</source>
        <translation>&amp;Previous month</translation>
    </message>
    <message>
        <source>&amp;Neste måned</source>
        <translation>&amp;Next month</translation>
    </message>
    <message>
        <source>&amp;Gå til måned …</source>
        <translation>&amp;Go to month …</translation>
    </message>
    <message>
        <source>&amp;Marker som rapportert / gjenåpne</source>
        <translation>&amp;Mark as reported / reopen</translation>
    </message>
    <message>
        <source>&amp;Hjelp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Veiledning</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>Slik går månedsrutinen, og tastene du bruker mest</source>
        <translation>How the monthly routine goes, and the keys you use most</translation>
    </message>
    <message>
        <source>&amp;Om navdesk</source>
        <translation>&amp;About navdesk</translation>
    </message>
    <message>
        <source>Kan ikke angre</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <source>Kan ikke gjøre om</source>
        <translation>Cannot redo</translation>
    </message>
    <message>
        <source>Katalogen er oppdatert: {n} endring(er).</source>
        <translation>The catalogue is updated: {n} change(s).</translation>
    </message>
    <message>
        <source>Åpne en annen database</source>
        <translation>Open another database</translation>
    </message>
    <message>
        <source>navdesk-database (*.sqlite *.db);;Alle filer (*)</source>
        <translation>navdesk database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Kan ikke åpne databasen</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>{name} (kontor {code})</source>
        <translation>{name} (office {code})</translation>
    </message>
    <message>
        <source>&lt;b&gt;navdesk {version}&lt;/b&gt;&lt;br&gt;Månedstall, styringskort og rapportering for ett NAV-kontor, uten nett.&lt;br&gt;&lt;br&gt;{office}Datafil: {path}&lt;br&gt;&lt;br&gt;&lt;small&gt;Python {python}, PySide6 {pyside}. navdesk bruker aldri nettet. Lisens: MIT.&lt;/small&gt;</source>
        <translation>&lt;b&gt;navdesk {version}&lt;/b&gt;&lt;br&gt;Monthly figures, goal card and reporting for one NAV office, offline.&lt;br&gt;&lt;br&gt;{office}Data file: {path}&lt;br&gt;&lt;br&gt;&lt;small&gt;Python {python}, PySide6 {pyside}. navdesk never uses the network. Licence: MIT.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&amp;Språk / Language</source>
        <translation>&amp;Language / Språk</translation>
    </message>
    <message>
        <source>Om navdesk</source>
        <translation>About navdesk</translation>
    </message>
</context>
</TS>