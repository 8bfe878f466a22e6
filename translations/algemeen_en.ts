<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Verbinden met server</source>
        <translation>Connect to server</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Poort</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Gebruiker</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Wachtwoord onthouden</source>
        <translation>Remember password</translation>
    </message>
    <message>
        <source>In de sleutelbos van het systeem, of anders in uw eigen pgpass-bestand; nooit als platte tekst.</source>
        <translation>In the system keyring, or else in your own pgpass file; never as plain text.</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Verbinding testen</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Verbinden</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Gegevensbestand op deze pc gebruiken</source>
        <translation>Use the data file on this PC</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>(bewaard)</source>
        <translation>(saved)</translation>
    </message>
    <message>
        <source>Verbinden met {server}…</source>
        <translation>Connecting to {server}…</translation>
    </message>
    <message>
        <source>De verbinding kon niet worden getest. Controleer het adres van de server.</source>
        <translation>The connection could not be tested. Check the server address.</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>Gegevensbestand kan niet worden geopend</source>
        <translation>The data file cannot be opened</translation>
    </message>
    <message>
        <source>Het bestand {file} is niet gewijzigd. Kies een andere gegevensmap, of zet een back-up terug.</source>
        <translation>The file {file} has not been changed. Choose another data folder, or restore a backup.</translation>
    </message>
    <message>
        <source>Andere map kiezen…</source>
        <translation>Choose another folder…</translation>
    </message>
    <message>
        <source>Back-up terugzetten…</source>
        <translation>Restore backup…</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Niet gelukt</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Er is een onverwachte fout opgetreden. Wat al was opgeslagen, blijft bewaard.</source>
        <translation>An unexpected error occurred. Everything that was already saved is kept.</translation>
    </message>
    <message>
        <source>Probeer het nog eens. Gaat het steeds mis, stuur dan het logbestand naar de beheerder van het programma. Het logbestand staat in:
{folder}</source>
        <translation>Please try again. If it keeps going wrong, send the log file to whoever maintains the program. The log file is in:
{folder}</translation>
    </message>
    <message>
        <source>Logbestanden openen</source>
        <translation>Open log files</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welkom bij Buurtzaak</source>
        <translation>Welcome to Buurtzaak</translation>
    </message>
    <message>
        <source>Dit is de eerste start met de gegevensmap {folder}.</source>
        <translation>This is the first start with the data folder {folder}.</translation>
    </message>
    <message>
        <source>Met demogegevens kunt u het programma rustig verkennen. Kies 'Begin leeg' om met de echte gegevens van het buurthuis te beginnen.</source>
        <translation>With demo data you can explore the program at your ease. Choose 'Start empty' to begin with the centre's real data.</translation>
    </message>
    <message>
        <source>Begin met demogegevens</source>
        <translation>Start with demo data</translation>
    </message>
    <message>
        <source>Begin leeg</source>
        <translation>Start empty</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tabbladen</source>
        <translation>Tabs</translation>
    </message>
    <message>
        <source>Alleen lezen: u mag op deze server niets wijzigen.</source>
        <translation>Read-only: you may not change anything on this server.</translation>
    </message>
    <message>
        <source>Alleen lezen</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>Laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Back-up maken…</source>
        <translation>Make backup…</translation>
    </message>
    <message>
        <source>Back-up terugzetten…</source>
        <translation>Restore backup…</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Maandoverzicht regiegroep…</source>
        <translation>Regiegroep monthly report…</translation>
    </message>
    <message>
        <source>Verbinden met server…</source>
        <translation>Connect to server…</translation>
    </message>
    <message>
        <source>Instellingen…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Beel&amp;d</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Over Buurtzaak</source>
        <translation>About Buurtzaak</translation>
    </message>
    <message>
        <source>Logbestanden openen</source>
        <translation>Open log files</translation>
    </message>
    <message>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Server: {server}</source>
        <translation>Server: {server}</translation>
    </message>
    <message>
        <source>Gegevens: {file}</source>
        <translation>Data: {file}</translation>
    </message>
    <message>
        <source>Server: {server} (versleuteld)</source>
        <translation>Server: {server} (encrypted)</translation>
    </message>
    <message>
        <source>Server: {server} (niet versleuteld)</source>
        <translation>Server: {server} (not encrypted)</translation>
    </message>
    <message>
        <source>Gegevensbestand</source>
        <translation>Data file</translation>
    </message>
    <message>
        <source>Laatste back-up</source>
        <translation>Last backup</translation>
    </message>
    <message>
        <source>Laatste back-up: {when}</source>
        <translation>Last backup: {when}</translation>
    </message>
    <message>
        <source>Laatste back-up: nog nooit</source>
        <translation>Last backup: never</translation>
    </message>
    <message>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Op dit tabblad is (nog) niets om af te drukken.</source>
        <translation>There is nothing to print on this tab (yet).</translation>
    </message>
    <message>
        <source>Verbinden met server</source>
        <translation>Connect to server</translation>
    </message>
    <message>
        <source>Geopend: {where}</source>
        <translation>Opened: {where}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Buurtzaak {version}&lt;/h3&gt;&lt;p&gt;Rooster, vrijwilligers, spreekuur, activiteiten en begroting voor Huis van de Wijk De Buurtzaak.&lt;/p&gt;&lt;p&gt;Gegevensbestand:&lt;br&gt;{file}&lt;/p&gt;&lt;p&gt;Logbestand:&lt;br&gt;{log}&lt;/p&gt;&lt;p&gt;Licentie: GNU GPL versie 3 of later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Buurtzaak {version}&lt;/h3&gt;&lt;p&gt;Room schedule, volunteers, consultation hours, activities and budget for community centre De Buurtzaak.&lt;/p&gt;&lt;p&gt;Data file:&lt;br&gt;{file}&lt;/p&gt;&lt;p&gt;Log file:&lt;br&gt;{log}&lt;/p&gt;&lt;p&gt;Licence: GNU GPL version 3 or later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Rooster</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Vrijwilligers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Spreekuur</source>
        <translation>Consultation hours</translation>
    </message>
    <message>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Begroting</source>
        <translation>Budget</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Melding sluiten</source>
        <translation>Close notice</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Naam van het buurthuis</source>
        <translation>Name of the community centre</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>De naam staat boven elke afdruk. Een andere taal geldt vanaf de volgende start.</source>
        <translation>The name is printed at the top of every printout. A different language takes effect at the next start.</translation>
    </message>
    <message>
        <source>Vul de naam van het buurthuis in.</source>
        <translation>Fill in the name of the community centre.</translation>
    </message>
    <message>
        <source>Instellingen opgeslagen</source>
        <translation>Settings saved</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>De gegevensmap {folder} is alleen-lezen: Buurtzaak kan er niets in opslaan. Kies een andere map, of zorg dat er weer in geschreven mag worden.</source>
        <translation>The data folder {folder} is read-only: Buurtzaak cannot save anything there. Choose another folder, or make it writable again.</translation>
    </message>
    <message>
        <source>Kies een gegevensmap</source>
        <translation>Choose a data folder</translation>
    </message>
    <message>
        <source>Server kan niet worden geopend</source>
        <translation>Server cannot be opened</translation>
    </message>
    <message>
        <source>Opnieuw proberen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Verbinden met server…</source>
        <translation>Connect to server…</translation>
    </message>
    <message>
        <source>Gegevensbestand op deze pc gebruiken</source>
        <translation>Use the data file on this PC</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Buurtzaak is al geopend met de gegevensmap {folder}. Gebruik het venster dat al open is.</source>
        <translation>Buurtzaak is already open with the data folder {folder}. Use the window that is already open.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Deze vrijwilliger staat al op een dienst die hiermee overlapt. Er is niets opgeslagen.</source>
        <translation>This volunteer is already on a shift that overlaps this one. Nothing was saved.</translation>
    </message>
    <message>
        <source>Deze activiteit heeft geen vrije plaats meer. Er is niets opgeslagen.</source>
        <translation>This activity has no free place left. Nothing was saved.</translation>
    </message>
    <message>
        <source>Dit werkt alleen met een gegevensbestand, niet op een server ({server}).</source>
        <translation>This only works with a data file, not on a server ({server}).</translation>
    </message>
    <message>
        <source>Deze ruimte is op dit moment net door een andere balie geboekt. Er is niets opgeslagen.</source>
        <translation>Another desk has just booked this room at this time. Nothing was saved.</translation>
    </message>
    <message>
        <source>De verbinding met de server is verbroken. Er is niets opgeslagen; probeer het zo opnieuw.</source>
        <translation>The connection to the server was lost. Nothing was saved; please try again shortly.</translation>
    </message>
    <message>
        <source>De schijf is vol. Er is niets opgeslagen; maak ruimte vrij en probeer het opnieuw.</source>
        <translation>The disk is full. Nothing was saved; free some space and try again.</translation>
    </message>
    <message>
        <source>Het gegevensbestand is alleen-lezen. Er is niets opgeslagen.</source>
        <translation>The data file is read-only. Nothing was saved.</translation>
    </message>
    <message>
        <source>Het gegevensbestand is bezet door een ander programma. Er is niets opgeslagen; probeer het zo opnieuw.</source>
        <translation>The data file is in use by another program. Nothing was saved; try again in a moment.</translation>
    </message>
    <message>
        <source>Het gegevensbestand kon niet worden geschreven. Er is niets opgeslagen.</source>
        <translation>The data file could not be written. Nothing was saved.</translation>
    </message>
    <message>
        <source>{file} is geen Buurtzaak-gegevensbestand.</source>
        <translation>{file} is not a Buurtzaak data file.</translation>
    </message>
    <message>
        <source>{file} is beschadigd en kan niet worden geopend.</source>
        <translation>{file} is damaged and cannot be opened.</translation>
    </message>
    <message>
        <source>{file} is gemaakt met een nieuwere versie van Buurtzaak. Installeer de nieuwste versie om het te openen.</source>
        <translation>{file} was made with a newer version of Buurtzaak. Install the latest version to open it.</translation>
    </message>
    <message>
        <source>De gegevensmap {folder} is alleen-lezen: Buurtzaak kan er niets in opslaan. Kies een andere map, of zorg dat er weer in geschreven mag worden (staat de USB-stick of de schijf op alleen-lezen?).</source>
        <translation>The data folder {folder} is read-only: Buurtzaak cannot save anything there. Choose another folder, or make it writable again (is the USB stick or the disk set to read-only?).</translation>
    </message>
    <message>
        <source>De database {server} moet worden bijgewerkt voor deze versie van Buurtzaak, maar u mag op deze server niets wijzigen. Vraag de beheerder Buurtzaak één keer te openen met een gebruiker die dat wel mag.</source>
        <translation>The database {server} must be updated for this version of Buurtzaak, but you may not change anything on this server. Ask the administrator to open Buurtzaak once with a user who may.</translation>
    </message>
    <message>
        <source>De database {server} kon niet worden bijgewerkt voor deze versie van Buurtzaak: de server weigerde het. Vraag de beheerder Buurtzaak één keer te openen met de eigenaar van de database.</source>
        <translation>The database {server} could not be updated for this version of Buurtzaak: the server refused. Ask the administrator to open Buurtzaak once with the owner of the database.</translation>
    </message>
    <message>
        <source>Verbonden met PostgreSQL {version}.</source>
        <translation>Connected to PostgreSQL {version}.</translation>
    </message>
    <message>
        <source>De verbinding is versleuteld (TLS).</source>
        <translation>The connection is encrypted (TLS).</translation>
    </message>
    <message>
        <source>De verbinding is niet versleuteld (geen TLS).</source>
        <translation>The connection is not encrypted (no TLS).</translation>
    </message>
    <message>
        <source>U mag gegevens wijzigen.</source>
        <translation>You may change data.</translation>
    </message>
    <message>
        <source>Alleen lezen: u mag op deze server niets wijzigen.</source>
        <translation>Read-only: you may not change anything on this server.</translation>
    </message>
    <message>
        <source>De database is nog leeg: Buurtzaak richt hem in bij het verbinden.</source>
        <translation>The database is still empty: Buurtzaak sets it up when connecting.</translation>
    </message>
    <message>
        <source>De database is bij met deze versie van Buurtzaak.</source>
        <translation>The database is up to date with this version of Buurtzaak.</translation>
    </message>
    <message>
        <source>De database is van een oudere versie: hij wordt bijgewerkt bij het verbinden.</source>
        <translation>The database is from an older version: it will be updated when connecting.</translation>
    </message>
    <message>
        <source>De database is van een nieuwere versie van Buurtzaak. Installeer eerst de nieuwste versie.</source>
        <translation>The database is from a newer version of Buurtzaak. Install the latest version first.</translation>
    </message>
    <message>
        <source>Deze database is van een ander programma, niet van Buurtzaak.</source>
        <translation>This database belongs to another program, not to Buurtzaak.</translation>
    </message>
    <message>
        <source>De database is nog leeg, en deze gebruiker mag hem niet inrichten. Vraag de beheerder.</source>
        <translation>The database is still empty, and this user may not set it up. Ask the administrator.</translation>
    </message>
    <message>
        <source>De database is van een oudere versie en moet worden bijgewerkt, maar deze gebruiker mag dat niet. Vraag de beheerder.</source>
        <translation>The database is from an older version and must be updated, but this user may not do that. Ask the administrator.</translation>
    </message>
    <message>
        <source>Het wachtwoord klopt niet (of de gebruiker {user} bestaat niet) op {server}.</source>
        <translation>The password is wrong (or the user {user} does not exist) on {server}.</translation>
    </message>
    <message>
        <source>De gebruiker {user} bestaat niet op {server}.</source>
        <translation>The user {user} does not exist on {server}.</translation>
    </message>
    <message>
        <source>De database {database} bestaat niet op {host}. Vraag de beheerder hem aan te maken.</source>
        <translation>The database {database} does not exist on {host}. Ask the administrator to create it.</translation>
    </message>
    <message>
        <source>De server {host} laat de gebruiker {user} niet toe vanaf deze computer.</source>
        <translation>The server {host} does not admit the user {user} from this computer.</translation>
    </message>
    <message>
        <source>De server {server} is niet bereikbaar. Controleer het adres en de poort, en of de server aan staat.</source>
        <translation>The server {server} cannot be reached. Check the address and the port, and whether the server is on.</translation>
    </message>
    <message>
        <source>De beveiligde verbinding (TLS) met {host} kwam niet tot stand.</source>
        <translation>The secure connection (TLS) with {host} could not be made.</translation>
    </message>
    <message>
        <source>De server {server} is niet bereikbaar of weigert de verbinding. Controleer het adres, de gebruiker en het wachtwoord, en of de server aan staat.</source>
        <translation>The server {server} cannot be reached or refuses the connection. Check the address, the user and the password, and whether the server is running.</translation>
    </message>
    <message>
        <source>De database {server} is geen Buurtzaak-database.</source>
        <translation>The database {server} is not a Buurtzaak database.</translation>
    </message>
    <message>
        <source>De gegevensmap {folder} bevat al gegevens. Gebruik --force om ze te vervangen.</source>
        <translation>The data folder {folder} already holds data. Use --force to replace it.</translation>
    </message>
    <message>
        <source>'{value}' is geen geldige datum (bijvoorbeeld 2026-12-03).</source>
        <translation>'{value}' is not a valid date (for example 2026-12-03).</translation>
    </message>
    <message>
        <source>'{value}' is geen geldige tijd (bijvoorbeeld 09:30).</source>
        <translation>'{value}' is not a valid time (for example 09:30).</translation>
    </message>
    <message>
        <source>'{value}' is geen geldige week (bijvoorbeeld 2026-W49).</source>
        <translation>'{value}' is not a valid week (for example 2026-W49).</translation>
    </message>
    <message>
        <source>'{value}' is geen geldige maand (bijvoorbeeld 2026-11).</source>
        <translation>'{value}' is not a valid month (for example 2026-11).</translation>
    </message>
    <message>
        <source>'{value}' is geen geldig bedrag (bijvoorbeeld 1.234,56).</source>
        <translation>'{value}' is not a valid amount (for example 1.234,56).</translation>
    </message>
    <message>
        <source>{file}: {count} fout(en), er is niets geïmporteerd.
{details}</source>
        <translation>{file}: {count} error(s), nothing was imported.
{details}</translation>
    </message>
    <message>
        <source>Het bestand {file} bestaat niet.</source>
        <translation>The file {file} does not exist.</translation>
    </message>
    <message>
        <source>{file} mist de kolom(men): {columns}.</source>
        <translation>{file} lacks the column(s): {columns}.</translation>
    </message>
    <message>
        <source>{file} heeft meer dan {limit} rijen.</source>
        <translation>{file} has more than {limit} rows.</translation>
    </message>
    <message>
        <source>{file} is tijdens het inlezen gewijzigd. Probeer het opnieuw.</source>
        <translation>{file} changed while it was being read. Please try again.</translation>
    </message>
    <message>
        <source>{file} heeft de kolom '{column}' meer dan eens; laat er één over.</source>
        <translation>{file} has the column '{column}' more than once; keep one.</translation>
    </message>
    <message>
        <source>de cel is te lang ({length} tekens).</source>
        <translation>the cell is too long ({length} characters).</translation>
    </message>
    <message>
        <source>{file} is geen UTF-8-tekstbestand. Sla het op als CSV UTF-8.</source>
        <translation>{file} is not a UTF-8 text file. Save it as CSV UTF-8.</translation>
    </message>
    <message>
        <source>{file} is geen geldig CSV-bestand (regel {line}): controleer de aanhalingstekens.</source>
        <translation>{file} is not a valid CSV file (line {line}): check the quotation marks.</translation>
    </message>
    <message>
        <source>een cel is te lang (meer dan {limit} tekens).</source>
        <translation>a cell is too long (more than {limit} characters).</translation>
    </message>
    <message>
        <source>{file} is uitgepakt {size} MB groot; dat is te groot om in te lezen (hoogstens {limit} MB). Splits het bestand, of sla het op als CSV.</source>
        <translation>{file} unpacks to {size} MB; that is too large to read (at most {limit} MB). Split the file, or save it as CSV.</translation>
    </message>
    <message>
        <source>{file} wordt bij het uitpakken {ratio} keer zo groot ({size} MB); zo is een gewoon Excel-bestand niet gemaakt. Het wordt niet ingelezen.</source>
        <translation>{file} grows {ratio} times when unpacked ({size} MB); an ordinary Excel file is not made that way. It is not read.</translation>
    </message>
    <message>
        <source>{file} is geen leesbaar Excel-bestand.</source>
        <translation>{file} is not a readable Excel file.</translation>
    </message>
    <message>
        <source>De pincode moet minstens {length} tekens hebben.</source>
        <translation>The PIN must have at least {length} characters.</translation>
    </message>
    <message>
        <source>Te vaak een verkeerde pincode. Probeer het over {seconds} seconden opnieuw.</source>
        <translation>Wrong PIN too often. Try again in {seconds} seconds.</translation>
    </message>
    <message>
        <source>De huidige pincode klopt niet; de pincode is niet gewijzigd.</source>
        <translation>The current PIN is not correct; the PIN was not changed.</translation>
    </message>
    <message>
        <source>Deze export heeft {count} bladen ({names}); een CSV-bestand kan er maar één bevatten. Kies een bestand dat eindigt op .xlsx.</source>
        <translation>This export has {count} sheets ({names}); a CSV file can hold only one. Choose a file ending in .xlsx.</translation>
    </message>
    <message>
        <source>Deze export rekent met formules; die kunnen niet in een CSV-bestand. Kies .xlsx.</source>
        <translation>This export calculates with formulas; those cannot go into a CSV file. Choose .xlsx.</translation>
    </message>
    <message>
        <source>weg (vakantie)</source>
        <translation>away (holiday)</translation>
    </message>
    <message>
        <source>weg (ziekenhuis)</source>
        <translation>away (hospital)</translation>
    </message>
    <message>
        <source>weg (bij familie)</source>
        <translation>away (with family)</translation>
    </message>
    <message>
        <source>weg (anders)</source>
        <translation>away (other)</translation>
    </message>
    <message>
        <source>Alles goed (telefoon niet gehoord)</source>
        <translation>All well (did not hear the phone)</translation>
    </message>
    <message>
        <source>Was niet thuis</source>
        <translation>Was not at home</translation>
    </message>
    <message>
        <source>Weg (ziekenhuis)</source>
        <translation>Away (hospital)</translation>
    </message>
    <message>
        <source>Weg (bij familie of vakantie)</source>
        <translation>Away (with family or on holiday)</translation>
    </message>
    <message>
        <source>Hulp ingeschakeld</source>
        <translation>Help called in</translation>
    </message>
    <message>
        <source>Geen contact gekregen</source>
        <translation>No contact made</translation>
    </message>
    <message>
        <source>Nog open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Geef de telefooncirkel een naam.</source>
        <translation>Give the telephone circle a name.</translation>
    </message>
    <message>
        <source>Deze vrijwilliger bestaat niet (meer).</source>
        <translation>This volunteer does not exist (any more).</translation>
    </message>
    <message>
        <source>Kies twee verschillende coördinatoren: de tweede neemt het over als de eerste uitvalt.</source>
        <translation>Choose two different coordinators: the second takes over when the first drops out.</translation>
    </message>
    <message>
        <source>Er is al een telefooncirkel met de naam {name}.</source>
        <translation>There is already a telephone circle named {name}.</translation>
    </message>
    <message>
        <source>Deze telefooncirkel bestaat niet (meer).</source>
        <translation>This telephone circle does not exist (any more).</translation>
    </message>
    <message>
        <source>Vul het telefoonnummer in: de cirkel belt.</source>
        <translation>Fill in the phone number: the circle calls.</translation>
    </message>
    <message>
        <source>Deze bewoner bestaat niet (meer).</source>
        <translation>This resident does not exist (any more).</translation>
    </message>
    <message>
        <source>Deze persoon staat al in de telefooncirkel.</source>
        <translation>This person is already in the telephone circle.</translation>
    </message>
    <message>
        <source>Deze deelnemer staat niet (meer) in de telefooncirkel.</source>
        <translation>This participant is not (or no longer) in the telephone circle.</translation>
    </message>
    <message>
        <source>Kies een reden uit de lijst.</source>
        <translation>Choose a reason from the list.</translation>
    </message>
    <message>
        <source>De einddatum ligt voor de begindatum.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>Deze afwezigheid bestaat niet (meer).</source>
        <translation>This away period does not exist (any more).</translation>
    </message>
    <message>
        <source>Deze telefooncirkel is gestopt; zet hem eerst weer op actief.</source>
        <translation>This telephone circle has stopped; set it to active first.</translation>
    </message>
    <message>
        <source>Een belronde wordt vastgelegd op of na de dag zelf.</source>
        <translation>A round is recorded on or after the day itself.</translation>
    </message>
    <message>
        <source>De belronde van {day} is voor deze cirkel al vastgelegd.</source>
        <translation>The round of {day} has already been recorded for this circle.</translation>
    </message>
    <message>
        <source>Deze belronde bestaat niet (meer).</source>
        <translation>This round does not exist (any more).</translation>
    </message>
    <message>
        <source>De coördinator heeft de actie van deze belronde al afgesloten.</source>
        <translation>The coordinator has already closed this round's action.</translation>
    </message>
    <message>
        <source>Deze deelnemer is die dag afgemeld en wordt niet gebeld.</source>
        <translation>This participant is reported away that day and is not called.</translation>
    </message>
    <message>
        <source>Vul in wie het heeft nagegaan.</source>
        <translation>Fill in who checked.</translation>
    </message>
    <message>
        <source>Kies wat er is gevonden uit de lijst.</source>
        <translation>Choose what was found from the list.</translation>
    </message>
    <message>
        <source>Deze actie bestaat niet (meer).</source>
        <translation>This action does not exist (any more).</translation>
    </message>
    <message>
        <source>Deze actie is al afgesloten.</source>
        <translation>This action has already been closed.</translation>
    </message>
    <message>
        <source>Een actie sluit niet vóór de dag van de belronde.</source>
        <translation>An action cannot close before the day of the round.</translation>
    </message>
    <message>
        <source>Dit is intussen verwijderd; opnieuw geladen.</source>
        <translation>This has been removed meanwhile; reloaded.</translation>
    </message>
    <message>
        <source>Gewijzigd door een andere balie om {time}; opnieuw geladen.</source>
        <translation>Changed at another desk at {time}; reloaded.</translation>
    </message>
    <message>
        <source>Gewijzigd door een andere balie op {day} om {time}; opnieuw geladen.</source>
        <translation>Changed at another desk on {day} at {time}; reloaded.</translation>
    </message>
    <message>
        <source>huisarts</source>
        <translation>GP</translation>
    </message>
    <message>
        <source>fysiotherapeut</source>
        <translation>physiotherapist</translation>
    </message>
    <message>
        <source>maatschappelijk werk</source>
        <translation>social work</translation>
    </message>
    <message>
        <source>wijkverpleging</source>
        <translation>district nursing</translation>
    </message>
    <message>
        <source>overig</source>
        <translation>other</translation>
    </message>
    <message>
        <source>Leven in balans</source>
        <translation>Life in balance</translation>
    </message>
    <message>
        <source>Leren en ondernemen</source>
        <translation>Learning and enterprise</translation>
    </message>
    <message>
        <source>Bewegen met plezier</source>
        <translation>Exercise for fun</translation>
    </message>
    <message>
        <source>Smakelijke ontmoetingen</source>
        <translation>Tasty encounters</translation>
    </message>
    <message>
        <source>Creatief en kunstzinnig</source>
        <translation>Creative and artistic</translation>
    </message>
    <message>
        <source>Sociale contacten ontmoeten</source>
        <translation>Meeting people</translation>
    </message>
    <message>
        <source>Neemt structureel deel</source>
        <translation>Takes part regularly</translation>
    </message>
    <message>
        <source>Werd vrijwilliger</source>
        <translation>Became a volunteer</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Activiteit paste niet</source>
        <translation>The activity did not suit</translation>
    </message>
    <message>
        <source>Gezondheid liet het niet toe</source>
        <translation>Health did not allow it</translation>
    </message>
    <message>
        <source>Geen tijd (werk, zorg)</source>
        <translation>No time (work, care)</translation>
    </message>
    <message>
        <source>Verhuisd</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>Geen contact meer</source>
        <translation>No longer in contact</translation>
    </message>
    <message>
        <source>Andere reden</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>Dit contactmoment bestaat niet (meer).</source>
        <translation>This contact moment does not exist (any more).</translation>
    </message>
    <message>
        <source>Dit contactmoment is al afgevinkt.</source>
        <translation>This contact moment has already been ticked off.</translation>
    </message>
    <message>
        <source>Het contact ligt vóór de start van de begeleiding.</source>
        <translation>The contact lies before the start of the support.</translation>
    </message>
    <message>
        <source>Kies een uitkomst uit de lijst.</source>
        <translation>Choose an outcome from the list.</translation>
    </message>
    <message>
        <source>Kies waarom de deelnemer is gestopt.</source>
        <translation>Choose why the participant stopped.</translation>
    </message>
    <message>
        <source>De uitkomst van deze deelnemer is al vastgelegd.</source>
        <translation>This participant's outcome has already been recorded.</translation>
    </message>
    <message>
        <source>Deze deelnemer is nog niet ingeschreven voor een activiteit.</source>
        <translation>This participant is not registered for an activity yet.</translation>
    </message>
    <message>
        <source>De uitkomst ligt vóór de verwijzing.</source>
        <translation>The outcome lies before the referral.</translation>
    </message>
    <message>
        <source>De deelnemer staat nog op de wachtlijst van {activity}: kies een activiteit met plaats of een andere uitkomst.</source>
        <translation>The participant is still on the waiting list of {activity}: choose an activity with a free place or another outcome.</translation>
    </message>
    <message>
        <source>De deelnemer is niet (meer) ingeschreven voor {activity}: schrijf de deelnemer opnieuw in of kies een andere uitkomst.</source>
        <translation>The participant is not (or no longer) registered for {activity}: register the participant again or choose another outcome.</translation>
    </message>
    <message>
        <source>Kies een bewoner of vul een nieuwe naam in.</source>
        <translation>Choose a resident or enter a new name.</translation>
    </message>
    <message>
        <source>Deze verwijzer bestaat niet (meer).</source>
        <translation>This referrer does not exist (any more).</translation>
    </message>
    <message>
        <source>Bewoner nr. {number} doet al mee aan Welzijn op Recept.</source>
        <translation>Resident no. {number} already takes part in Welzijn op Recept.</translation>
    </message>
    <message>
        <source>Deze deelnemer van Welzijn op Recept bestaat niet (meer).</source>
        <translation>This Welzijn op Recept participant does not exist (any more).</translation>
    </message>
    <message>
        <source>Deze deelnemer is geanonimiseerd; er valt niets meer aan te passen.</source>
        <translation>This participant has been anonymised; nothing can be changed any more.</translation>
    </message>
    <message>
        <source>Houd de notitie '{label}' kort: hoogstens {length} tekens.</source>
        <translation>Keep the note '{label}' short: at most {length} characters.</translation>
    </message>
    <message>
        <source>Het intakegesprek ligt vóór de verwijzing.</source>
        <translation>The intake talk lies before the referral.</translation>
    </message>
    <message>
        <source>Kies een arrangement uit de lijst.</source>
        <translation>Choose an arrangement from the list.</translation>
    </message>
    <message>
        <source>De begeleiding van deze deelnemer is afgesloten.</source>
        <translation>The support of this participant has been closed.</translation>
    </message>
    <message>
        <source>Leg eerst het intakegesprek vast.</source>
        <translation>Record the intake talk first.</translation>
    </message>
    <message>
        <source>Deze activiteit hoort niet bij het gekozen arrangement.</source>
        <translation>This activity does not belong to the chosen arrangement.</translation>
    </message>
    <message>
        <source>{name} kan geen bondgenoot zijn: daarvoor zijn de rol bondgenoot, een geldige training bondgenoot en de status actief nodig.</source>
        <translation>{name} cannot be a buddy: that needs the buddy role, a valid buddy training and the status active.</translation>
    </message>
    <message>
        <source>{name} begeleidt al {count} deelnemers, het maximum per bondgenoot; kies een ander.</source>
        <translation>{name} already supports {count} participants, the maximum per buddy; choose someone else.</translation>
    </message>
    <message>
        <source>Vul de naam van de verwijzer in.</source>
        <translation>Enter the referrer's name.</translation>
    </message>
    <message>
        <source>Kies het soort verwijzer uit de lijst.</source>
        <translation>Choose the kind of referrer from the list.</translation>
    </message>
    <message>
        <source>Er is al een verwijzer met de naam {name}.</source>
        <translation>There already is a referrer named {name}.</translation>
    </message>
    <message>
        <source>Deze activiteit bestaat niet (meer).</source>
        <translation>This activity does not exist (any more).</translation>
    </message>
    <message>
        <source>Contactmomenten liggen tussen 1 en 52 weken na de start.</source>
        <translation>Contact moments lie between 1 and 52 weeks after the start.</translation>
    </message>
    <message>
        <source>Een bondgenoot begeleidt minstens 1 deelnemer.</source>
        <translation>A buddy supports at least 1 participant.</translation>
    </message>
    <message>
        <source>Het doel voor structurele deelname ligt tussen 0 en het aantal deelnemers.</source>
        <translation>The target for regular participation lies between 0 and the number of participants.</translation>
    </message>
    <message>
        <source>Voor een PostgreSQL-server heeft Buurtzaak het stuurprogramma psycopg nodig, en dat is hier niet geïnstalleerd. Installeer het met: pip install -e ".[server]"</source>
        <translation>For a PostgreSQL server Buurtzaak needs the psycopg driver, which is not installed here. Install it with: pip install -e ".[server]"</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Het bestand kon niet worden gelezen of geschreven: {reason}</source>
        <translation>The file could not be read or written: {reason}</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Even geduld</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>Wordt afgebroken…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Afgebroken; er is niets gewijzigd.</source>
        <translation>Stopped; nothing was changed.</translation>
    </message>
    <message>
        <source>Niet gelukt</source>
        <translation>Did not work</translation>
    </message>
</context>
</TS>
