<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back-up maken</source>
        <translation>Make back-up</translation>
    </message>
    <message>
        <source>Map voor de back-up</source>
        <translation>Folder for the back-up</translation>
    </message>
    <message>
        <source>Gevonden USB-sticks</source>
        <translation>USB sticks found</translation>
    </message>
    <message>
        <source>Kies map…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Versleutelen met een wachtwoord</source>
        <translation>Encrypt with a passphrase</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Herhaal het wachtwoord</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Map (bijvoorbeeld een USB-stick):</source>
        <translation>Folder (for example a USB stick):</translation>
    </message>
    <message>
        <source>Wachtwoord:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Herhaal het wachtwoord:</source>
        <translation>Repeat the passphrase:</translation>
    </message>
    <message>
        <source>Kies de map voor de back-up</source>
        <translation>Choose the folder for the back-up</translation>
    </message>
    <message>
        <source>Kies een map voor de back-up.</source>
        <translation>Choose a folder for the back-up.</translation>
    </message>
    <message>
        <source>Kies een wachtwoord van minstens {count} tekens.</source>
        <translation>Choose a passphrase of at least {count} characters.</translation>
    </message>
    <message>
        <source>De wachtwoorden zijn niet gelijk.</source>
        <translation>The passphrases do not match.</translation>
    </message>
    <message>
        <source>Let op: deze back-up bevat spreekuurgegevens en wordt niet versleuteld. Als de USB-stick zoek raakt, kan iedereen ze lezen.</source>
        <translation>Note: this back-up holds consultation-hour data and is not encrypted. If the USB stick gets lost, anyone can read it.</translation>
    </message>
    <message>
        <source>Onthoud het wachtwoord goed: zonder wachtwoord is de back-up niet terug te zetten.</source>
        <translation>Remember the passphrase well: without it the back-up cannot be restored.</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>gemaakt op {when}; {counts}</source>
        <translation>made on {when}; {counts}</translation>
    </message>
    <message>
        <source>geen gegevens</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>De back-up is gemaakt en gecontroleerd: {file}</source>
        <translation>The back-up was made and checked: {file}</translation>
    </message>
    <message>
        <source>Back-up</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>Nu een back-up maken?</source>
        <translation>Make a back-up now?</translation>
    </message>
    <message>
        <source>Kies de back-up om terug te zetten</source>
        <translation>Choose the back-up to restore</translation>
    </message>
    <message>
        <source>Back-ups (*.sqlite *.versleuteld);;Alle bestanden (*)</source>
        <translation>Back-ups (*.sqlite *.versleuteld);;All files (*)</translation>
    </message>
    <message>
        <source>Back-up terugzetten</source>
        <translation>Restore back-up</translation>
    </message>
    <message>
        <source>Wachtwoord van deze back-up:</source>
        <translation>Passphrase of this back-up:</translation>
    </message>
    <message>
        <source>Deze back-up is {summary}.

De huidige gegevens worden vervangen. Ze worden eerst bewaard in de map backups, zodat u ze kunt terughalen. Terugzetten?</source>
        <translation>This back-up was {summary}.

The current data will be replaced. It is saved first in the backups folder, so that you can get it back. Restore?</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Een back-up op de server {server} terugzetten gaat met de opdracht:

buurtzaak restore BESTAND --database-url ADRES --vervang

Dat vervangt de gegevens van alle balies. Er is niets veranderd.</source>
        <translation>Restoring a back-up onto the server {server} is done with the command:

buurtzaak restore FILE --database-url ADDRESS --vervang

That replaces the data of every desk. Nothing was changed.</translation>
    </message>
    <message>
        <source>Back-up wordt teruggezet…</source>
        <translation>Restoring the back-up…</translation>
    </message>
    <message>
        <source>De back-up is teruggezet ({summary}).</source>
        <translation>The back-up was restored ({summary}).</translation>
    </message>
    <message>
        <source>Back-up wordt gemaakt en gecontroleerd…</source>
        <translation>Making and checking the back-up…</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>{file} is gemaakt met een nieuwere versie van Buurtzaak of is beschadigd.</source>
        <translation>{file} was made with a newer version of Buurtzaak or is damaged.</translation>
    </message>
    <message>
        <source>{file} is gewijzigd of beschadigd sinds de back-up werd gemaakt en kan niet worden teruggezet.</source>
        <translation>{file} has been changed or damaged since the back-up was made and cannot be restored.</translation>
    </message>
    <message>
        <source>{file} is versleuteld. Geef het wachtwoord van deze back-up op.</source>
        <translation>{file} is encrypted. Enter the passphrase of this back-up.</translation>
    </message>
    <message>
        <source>Het wachtwoord klopt niet voor {file}. Er is niets veranderd; probeer het opnieuw.</source>
        <translation>The passphrase is wrong for {file}. Nothing was changed; please try again.</translation>
    </message>
    <message>
        <source>{file} is onvolledig (afgebroken tijdens het kopiëren) en kan niet worden teruggezet.</source>
        <translation>{file} is incomplete (cut off while copying) and cannot be restored.</translation>
    </message>
    <message>
        <source>De map {folder} bestaat niet (meer). Is de USB-stick nog aangesloten? Er is geen back-up gemaakt.</source>
        <translation>The folder {folder} does not exist (any more). Is the USB stick still plugged in? No back-up was made.</translation>
    </message>
    <message>
        <source>Er is niet genoeg ruimte in {folder}. Er is geen back-up gemaakt; maak ruimte vrij of kies een andere USB-stick. Uw gegevens zijn niet veranderd.</source>
        <translation>There is not enough space in {folder}. No back-up was made; free some space or choose another USB stick. Your data was not changed.</translation>
    </message>
    <message>
        <source>In {folder} mag niet worden geschreven (alleen-lezen). Er is geen back-up gemaakt; kies een andere map.</source>
        <translation>{folder} cannot be written to (read-only). No back-up was made; choose another folder.</translation>
    </message>
    <message>
        <source>De back-up in {folder} kon niet worden geschreven of gecontroleerd. Is de USB-stick eruit gehaald? Er is geen back-up gemaakt; uw gegevens zijn niet veranderd.</source>
        <translation>The back-up in {folder} could not be written or checked. Was the USB stick pulled out? No back-up was made; your data was not changed.</translation>
    </message>
    <message>
        <source>Het bestand {file} bestaat niet.</source>
        <translation>The file {file} does not exist.</translation>
    </message>
    <message>
        <source>Naast {file} staat nog {wal}: het programma was nog open op de andere pc toen het bestand werd gekopieerd, en de laatste wijzigingen staan alleen in dat tweede bestand. Sluit Buurtzaak op die pc en kopieer het bestand opnieuw. Er is niets veranderd.</source>
        <translation>Next to {file} there is still {wal}: the program was still open on the other PC when the file was copied, and the latest changes are only in that second file. Close Buurtzaak on that PC and copy the file again. Nothing has been changed.</translation>
    </message>
    <message>
        <source>{file} is buiten Buurtzaak om veranderd: de tabellen, kolommen, triggers of views wijken af van wat bij deze versie hoort. Het wordt niet teruggezet; er is niets veranderd.</source>
        <translation>{file} has been changed outside Buurtzaak: its tables, columns, triggers or views differ from what belongs to this version. It is not restored; nothing has been changed.</translation>
    </message>
    <message>
        <source>Er is nog nooit een back-up gemaakt. Maak er een via Bestand › Back-up maken.</source>
        <translation>No back-up has ever been made. Make one via File › Make back-up.</translation>
    </message>
    <message>
        <source>De laatste back-up is {days} dagen oud. Maak een nieuwe via Bestand › Back-up maken.</source>
        <translation>The last back-up is {days} days old. Make a new one via File › Make back-up.</translation>
    </message>
    <message>
        <source>{file} is leeg of geen Buurtzaak-gegevensbestand.</source>
        <translation>{file} is empty or not a Buurtzaak data file.</translation>
    </message>
    <message>
        <source>{file} is beschadigd en kan niet worden geopend.</source>
        <translation>{file} is damaged and cannot be opened.</translation>
    </message>
    <message>
        <source>In {folder} is nog geen gegevensbestand: er is niets om te back-uppen.</source>
        <translation>There is no data file in {folder} yet: there is nothing to back up.</translation>
    </message>
    <message>
        <source>De wachtwoorden zijn niet gelijk. Er is geen back-up gemaakt.</source>
        <translation>The passphrases do not match. No back-up was made.</translation>
    </message>
    <message>
        <source>Kies een wachtwoord van minstens {count} tekens. Er is geen back-up gemaakt.</source>
        <translation>Choose a passphrase of at least {count} characters. No back-up was made.</translation>
    </message>
    <message>
        <source>Er is geen wachtwoord opgegeven en er is geen terminal om ernaar te vragen. Zet het wachtwoord in {variable} of start de opdracht in een terminal.</source>
        <translation>No passphrase was given and there is no terminal to ask for one. Put the passphrase in {variable} or run the command in a terminal.</translation>
    </message>
    <message>
        <source>De gegevensmap {folder} is in gebruik door Buurtzaak (het programma of een opdracht die nog loopt). Sluit het programma en probeer het opnieuw als de opdracht klaar is.</source>
        <translation>The data folder {folder} is in use by Buurtzaak (the program or a command that is still running). Close the program, and try again when the command has finished.</translation>
    </message>
    <message>
        <source>De automatische kopie van vandaag kon niet worden gemaakt (is de schijf vol?). U kunt gewoon verder werken; maak ruimte vrij en maak een back-up via Bestand › Back-up maken.</source>
        <translation>Today's automatic copy could not be made (is the disk full?). You can carry on working; free some space and make a back-up via File › Make back-up.</translation>
    </message>
    <message>
        <source>ruimtes</source>
        <translation>rooms</translation>
    </message>
    <message>
        <source>boekingen</source>
        <translation>bookings</translation>
    </message>
    <message>
        <source>vrijwilligers</source>
        <translation>volunteers</translation>
    </message>
    <message>
        <source>urenregels</source>
        <translation>hour entries</translation>
    </message>
    <message>
        <source>spreekuurbezoeken</source>
        <translation>consultation visits</translation>
    </message>
    <message>
        <source>activiteiten</source>
        <translation>activities</translation>
    </message>
    <message>
        <source>deelnemers</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>bijeenkomsten</source>
        <translation>sessions</translation>
    </message>
    <message>
        <source>begrotingsregels</source>
        <translation>budget lines</translation>
    </message>
    <message>
        <source>realisatieregels</source>
        <translation>actuals entries</translation>
    </message>
    <message>
        <source>bewonersinitiatieven</source>
        <translation>residents' initiatives</translation>
    </message>
    <message>
        <source>De database {server} is nog leeg: er is niets om te back-uppen.</source>
        <translation>The database {server} is still empty: there is nothing to back up.</translation>
    </message>
    <message>
        <source>De database {server} heeft een oudere versie dan dit programma. Open hem eerst één keer met deze versie van Buurtzaak (hij wordt dan bijgewerkt) en maak dan de back-up.</source>
        <translation>The database {server} has an older version than this program. Open it once with this version of Buurtzaak first (it is then updated) and then make the back-up.</translation>
    </message>
    <message>
        <source>De verbinding met de server {server} is verbroken of geweigerd. Er is niets veranderd; probeer het zo opnieuw.</source>
        <translation>The connection to the server {server} was lost or refused. Nothing was changed; try again shortly.</translation>
    </message>
    <message>
        <source>Alleen lezen: u mag op deze server niets wijzigen.</source>
        <translation>Read-only: you may not change anything on this server.</translation>
    </message>
    <message>
        <source>De back-up past niet op de server {server}: een rij voldoet niet aan de regels van de server (bijvoorbeeld twee boekingen van één ruimte op hetzelfde moment). Alles is teruggedraaid; er is niets veranderd.</source>
        <translation>The back-up does not fit the server {server}: a row breaks one of the server's rules (for example two bookings of one room at the same moment). Everything was rolled back; nothing was changed.</translation>
    </message>
    <message>
        <source>De server {server} weigerde het terugzetten: deze gebruiker mag dat niet. Vraag de beheerder het te doen met de eigenaar van de database. Alles is teruggedraaid; er is niets veranderd.</source>
        <translation>The server {server} refused the restore: this user may not do that. Ask the administrator to do it as the database's owner. Everything was rolled back; nothing was changed.</translation>
    </message>
    <message>
        <source>De back-up past niet op de server {server}: een waarde in tabel {table} past niet in wat de server daar toestaat. Alles is teruggedraaid; er is niets veranderd.</source>
        <translation>The backup does not fit on the server {server}: a value in table {table} is not what the server allows there. Everything was rolled back; nothing has changed.</translation>
    </message>
    <message>
        <source>De back-up past niet op de server {server}: er staan twee boekingen in die dezelfde ruimte (of een gecombineerde ruimte en een deel ervan) op hetzelfde moment gebruiken, en dat weigert de server. Zet de back-up eerst terug op een pc, los de dubbele boeking op (buurtzaak check noemt ze) en maak daar een nieuwe back-up. Alles is teruggedraaid; er is niets veranderd.</source>
        <translation>The backup does not fit on the server {server}: it holds two bookings that use the same room (or a combined room and one of its parts) at the same time, which the server refuses. First restore the backup on a pc, resolve the double booking (buurtzaak check lists them) and make a new backup there. Everything was rolled back; nothing has changed.</translation>
    </message>
    <message>
        <source>De database {server} bevat al gegevens ({rows} rijen). Er is niets veranderd. Wilt u ze vervangen door de back-up, geef dan --vervang mee.</source>
        <translation>The database {server} already holds data ({rows} rows). Nothing was changed. To replace it with the back-up, add --vervang.</translation>
    </message>
    <message>
        <source>De back-up kon niet volledig op de server {server} worden gezet (tabellen: {tables}). Alles is teruggedraaid; er is niets veranderd.</source>
        <translation>The back-up could not be loaded completely onto the server {server} (tables: {tables}). Everything was rolled back; nothing was changed.</translation>
    </message>
</context>
</TS>
