<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Aanwezigheid bijeenkomst {number} ({day:%d-%m-%Y})</source>
        <translation>Attendance session {number} ({day:%d-%m-%Y})</translation>
    </message>
    <message>
        <source>Aanwezig</source>
        <translation>Present</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificaat toevoegen</source>
        <translation>Add certificate</translation>
    </message>
    <message>
        <source>Vrijwilliger</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Certificaat</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Geldig tot</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Verloopt niet</source>
        <translation>Does not expire</translation>
    </message>
    <message>
        <source>&amp;Vrijwilliger</source>
        <translation>&amp;Volunteer</translation>
    </message>
    <message>
        <source>&amp;Certificaat</source>
        <translation>&amp;Certificate</translation>
    </message>
    <message>
        <source>&amp;Geldig tot</source>
        <translation>&amp;Valid until</translation>
    </message>
</context>
<context>
    <name>CertificateTypeDialog</name>
    <message>
        <source>Certificaattype wijzigen</source>
        <translation>Change certificate type</translation>
    </message>
    <message>
        <source>Nieuw certificaattype</source>
        <translation>New certificate type</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source> jaar</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Meestal geldig</source>
        <translation>Usually valid for</translation>
    </message>
    <message>
        <source>Verloopt niet</source>
        <translation>Does not expire</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Omschrijving</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Meestal geldig</source>
        <translation>&amp;Usually valid for</translation>
    </message>
</context>
<context>
    <name>CertificatesPanel</name>
    <message>
        <source>Certificaten: verloopt binnen 60 dagen / verlopen</source>
        <translation>Certificates: expiring within 60 days / expired</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Certificaat</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Geldig tot</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Certificaten die verlopen</source>
        <translation>Certificates that expire</translation>
    </message>
    <message>
        <source>&amp;Certificaat toevoegen…</source>
        <translation>&amp;Add certificate…</translation>
    </message>
    <message>
        <source>Certificaat toevoegen</source>
        <translation>Add certificate</translation>
    </message>
    <message>
        <source>verlopen</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>nog {days} dagen</source>
        <translation>{days} days left</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Nieuwe training</source>
        <translation>New training</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Maximum aantal deelnemers</source>
        <translation>Maximum number of participants</translation>
    </message>
    <message>
        <source>Aantal bijeenkomsten</source>
        <translation>Number of sessions</translation>
    </message>
    <message>
        <source>Certificaat</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Eerste bijeenkomst</source>
        <translation>First session</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Einde</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Onderwerpen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>één onderwerp per regel, in volgorde (mag leeg)</source>
        <translation>one topic per line, in order (may be empty)</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Maximum deelnemers</source>
        <translation>&amp;Maximum participants</translation>
    </message>
    <message>
        <source>&amp;Certificaat</source>
        <translation>&amp;Certificate</translation>
    </message>
    <message>
        <source>&amp;Eerste bijeenkomst</source>
        <translation>&amp;First session</translation>
    </message>
    <message>
        <source>&amp;Begin</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Ein&amp;de</source>
        <translation>E&amp;nd</translation>
    </message>
    <message>
        <source>&amp;Aantal (wekelijks)</source>
        <translation>Number (&amp;weekly)</translation>
    </message>
    <message>
        <source>&amp;Onderwerpen</source>
        <translation>&amp;Topics</translation>
    </message>
</context>
<context>
    <name>HandgeldPanel</name>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Vrijwilligersvergoeding betaald</source>
        <translation>Volunteer allowance paid</translation>
    </message>
    <message>
        <source>Vrijwilliger</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>&amp;Betaling opslaan</source>
        <translation>&amp;Save payment</translation>
    </message>
    <message>
        <source>Betaling &amp;verwijderen</source>
        <translation>&amp;Remove payment</translation>
    </message>
    <message>
        <source>Boven het maximum</source>
        <translation>Above the maximum</translation>
    </message>
    <message>
        <source>Maximum per jaar</source>
        <translation>Maximum per year</translation>
    </message>
    <message>
        <source>Maximum per maand</source>
        <translation>Maximum per month</translation>
    </message>
    <message>
        <source>Ma&amp;xima opslaan</source>
        <translation>Save ma&amp;xima</translation>
    </message>
    <message>
        <source>&amp;Jaar</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>&amp;Vrijwilliger</source>
        <translation>&amp;Volunteer</translation>
    </message>
    <message>
        <source>&amp;Maand</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <source>Be&amp;drag</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <source>&amp;Categorie</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>Maximum per ja&amp;ar</source>
        <translation>Maximum per y&amp;ear</translation>
    </message>
    <message>
        <source>per maa&amp;nd</source>
        <translation>per mon&amp;th</translation>
    </message>
    <message>
        <source>{name}: {amount} in {year}, meer dan het maximum van {limit} per jaar.</source>
        <translation>{name}: {amount} in {year}, more than the maximum of {limit} a year.</translation>
    </message>
    <message>
        <source>{name}: {amount} in {month}, meer dan het maximum van {limit} per maand.</source>
        <translation>{name}: {amount} in {month}, more than the maximum of {limit} a month.</translation>
    </message>
    <message>
        <source>{year}: {total} betaald — de realisatie van de post vrijwilligersvergoeding</source>
        <translation>{year}: {total} paid — the actual of the volunteer allowance line</translation>
    </message>
    <message>
        <source>Vergoeding geboekt: {name}, {amount}</source>
        <translation>Allowance entered: {name}, {amount}</translation>
    </message>
    <message>
        <source>De betaling van {amount} aan {name} ({month}) verwijderen?</source>
        <translation>Remove the payment of {amount} to {name} ({month})?</translation>
    </message>
    <message>
        <source>Betaling verwijderen</source>
        <translation>Remove payment</translation>
    </message>
</context>
<context>
    <name>HoursPanel</name>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Uurtarief</source>
        <translation>Hourly rate</translation>
    </message>
    <message>
        <source>&amp;Tarief opslaan</source>
        <translation>Save &amp;rate</translation>
    </message>
    <message>
        <source>Tarief opslaan</source>
        <translation>Save rate</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Deze maand</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Uren per vrijwilliger</source>
        <translation>Hours per volunteer</translation>
    </message>
    <message>
        <source>Vrijwilliger</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>2:30</source>
        <translation>2:30</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>gewerkt</source>
        <translation>worked</translation>
    </message>
    <message>
        <source>correctie</source>
        <translation>correction</translation>
    </message>
    <message>
        <source>Uren &amp;opslaan</source>
        <translation>&amp;Save hours</translation>
    </message>
    <message>
        <source>Uren opslaan</source>
        <translation>Save hours</translation>
    </message>
    <message>
        <source>&amp;Jaar</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>Uur&amp;tarief</source>
        <translation>Hourly &amp;rate</translation>
    </message>
    <message>
        <source>&amp;Vrijwilliger</source>
        <translation>&amp;Volunteer</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Uren</source>
        <translation>&amp;Hours</translation>
    </message>
    <message>
        <source>&amp;Rol</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>{year}: {hours} uur, tegen {rate} per uur waard {value}</source>
        <translation>{year}: {hours} hours, worth {value} at {rate} an hour</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Uren geboekt</source>
        <translation>Hours entered</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Let op</source>
        <translation>Please note</translation>
    </message>
</context>
<context>
    <name>PersonCertificatesDialog</name>
    <message>
        <source>Certificaten van {name}</source>
        <translation>Certificates of {name}</translation>
    </message>
    <message>
        <source>Certificaat</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Geldig tot</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Certificaten</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>&amp;Toevoegen…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Vernieuwen…</source>
        <translation>&amp;Renew…</translation>
    </message>
    <message>
        <source>Ver&amp;wijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Nog geen certificaten.</source>
        <translation>No certificates yet.</translation>
    </message>
    <message>
        <source>verloopt niet</source>
        <translation>does not expire</translation>
    </message>
    <message>
        <source>verlopen</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>verloopt binnen {days} dagen</source>
        <translation>expires within {days} days</translation>
    </message>
    <message>
        <source>geldig</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>Certificaat verwijderen</source>
        <translation>Delete certificate</translation>
    </message>
    <message>
        <source>{certificate} (geldig tot {until}) van {name} verwijderen?</source>
        <translation>Delete {certificate} (valid until {until}) of {name}?</translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message>
        <source>Vrijwilliger</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Niemand beschikbaar met deze rol op dit dagdeel.</source>
        <translation>Nobody with this role is available at this part of the day.</translation>
    </message>
    <message>
        <source>&amp;Vrijwilliger</source>
        <translation>&amp;Volunteer</translation>
    </message>
</context>
<context>
    <name>PopPanel</name>
    <message>
        <source>POP-gesprekken te laat (twee per jaar)</source>
        <translation>Development talks overdue (twice a year)</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Te laat sinds</source>
        <translation>Overdue since</translation>
    </message>
    <message>
        <source>Laatste gesprek</source>
        <translation>Last talk</translation>
    </message>
    <message>
        <source>Gepland op</source>
        <translation>Planned for</translation>
    </message>
    <message>
        <source>POP-gesprekken te laat</source>
        <translation>Development talks overdue</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Korte notitie</source>
        <translation>Short note</translation>
    </message>
    <message>
        <source>korte notitie (alleen voor de coördinator)</source>
        <translation>short note (for the coordinator only)</translation>
    </message>
    <message>
        <source>Gepland</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Gehouden</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>POP-gesprekken</source>
        <translation>Development talks</translation>
    </message>
    <message>
        <source>&amp;Notities tonen (coördinator)…</source>
        <translation>Show &amp;notes (coordinator)…</translation>
    </message>
    <message>
        <source>Gesprek &amp;plannen</source>
        <translation>&amp;Plan talk</translation>
    </message>
    <message>
        <source>Gesprek &amp;gehouden</source>
        <translation>Talk &amp;held</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Gesprekken van het afgelopen jaar en gepland</source>
        <translation>Talks of the past year and planned</translation>
    </message>
    <message>
        <source>(verborgen)</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <source>Notities tonen</source>
        <translation>Show notes</translation>
    </message>
    <message>
        <source>Pincode van de coördinator:</source>
        <translation>The coordinator's PIN:</translation>
    </message>
    <message>
        <source>Pincode instellen</source>
        <translation>Set PIN</translation>
    </message>
    <message>
        <source>Kies als coördinator een pincode (minstens 6 tekens) die de POP-notities toont:</source>
        <translation>As the coordinator, choose a PIN (at least 6 characters) that shows the talk notes:</translation>
    </message>
    <message>
        <source>Dezelfde pincode nog eens:</source>
        <translation>The same PIN again:</translation>
    </message>
    <message>
        <source>De twee pincodes zijn niet gelijk.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
</context>
<context>
    <name>ReferencePanel</name>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Vereiste certificaten</source>
        <translation>Required certificates</translation>
    </message>
    <message>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Certificaat</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Meestal geldig</source>
        <translation>Usually valid for</translation>
    </message>
    <message>
        <source>Certificaattypen</source>
        <translation>Certificate types</translation>
    </message>
    <message>
        <source>Nieuwe &amp;rol…</source>
        <translation>New &amp;role…</translation>
    </message>
    <message>
        <source>Rol &amp;wijzigen…</source>
        <translation>&amp;Change role…</translation>
    </message>
    <message>
        <source>Nieuw certificaat&amp;type…</source>
        <translation>New certificate &amp;type…</translation>
    </message>
    <message>
        <source>Certificaattype w&amp;ijzigen…</source>
        <translation>Change certificate t&amp;ype…</translation>
    </message>
    <message>
        <source>Rollen en de certificaten die ze vereisen</source>
        <translation>Roles and the certificates they require</translation>
    </message>
    <message>
        <source>Regels</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Bijeenkomsten die iemand mag missen</source>
        <translation>Sessions one may miss</translation>
    </message>
    <message>
        <source> jaar</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Bewaartermijn na stoppen</source>
        <translation>Retention after stopping</translation>
    </message>
    <message>
        <source>Regels op&amp;slaan</source>
        <translation>&amp;Save rules</translation>
    </message>
    <message>
        <source>Regels opslaan</source>
        <translation>Save rules</translation>
    </message>
    <message>
        <source>Voor een certificaat mag iemand &amp;missen:</source>
        <translation>For a certificate one may &amp;miss:</translation>
    </message>
    <message>
        <source>Persoonsgegevens bewaren na stoppen:</source>
        <translation>Keep personal details after stopping:</translation>
    </message>
    <message>
        <source>verloopt niet</source>
        <translation>does not expire</translation>
    </message>
    <message>
        <source>{years} jaar</source>
        <translation>{years} years</translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message>
        <source>Certificaat vernieuwen</source>
        <translation>Renew certificate</translation>
    </message>
    <message>
        <source>{certificate} van {name}</source>
        <translation>{certificate} of {name}</translation>
    </message>
    <message>
        <source>Nieuwe geldigheidsdatum</source>
        <translation>New expiry date</translation>
    </message>
    <message>
        <source>Verloopt niet</source>
        <translation>Does not expire</translation>
    </message>
    <message>
        <source>&amp;Nieuwe geldigheidsdatum</source>
        <translation>&amp;New expiry date</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Rol wijzigen</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Nieuwe rol</source>
        <translation>New role</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Vereiste certificaten</source>
        <translation>Required certificates</translation>
    </message>
    <message>
        <source>Met een verlopen vereist certificaat kan niemand voor deze rol worden ingeroosterd.</source>
        <translation>Nobody with an expired required certificate can be scheduled for this role.</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Vereist</source>
        <translation>&amp;Required</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <source>Nieuwe dienst</source>
        <translation>New shift</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Einde</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Aantal nodig</source>
        <translation>People needed</translation>
    </message>
    <message>
        <source>&amp;Rol</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Dag (elke week)</source>
        <translation>&amp;Day (every week)</translation>
    </message>
    <message>
        <source>&amp;Begin</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Einde</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <source>&amp;Aantal nodig</source>
        <translation>&amp;People needed</translation>
    </message>
</context>
<context>
    <name>ShiftsPanel</name>
    <message>
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Nodig</source>
        <translation>Needed</translation>
    </message>
    <message>
        <source>Tekort</source>
        <translation>Short</translation>
    </message>
    <message>
        <source>Ingeroosterd</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Volgende keer</source>
        <translation>Next time</translation>
    </message>
    <message>
        <source>Telt niet mee</source>
        <translation>Does not count</translation>
    </message>
    <message>
        <source>Diensten van de week</source>
        <translation>Shifts of the week</translation>
    </message>
    <message>
        <source>&amp;Nieuwe dienst…</source>
        <translation>&amp;New shift…</translation>
    </message>
    <message>
        <source>Dienst &amp;stoppen…</source>
        <translation>&amp;Stop shift…</translation>
    </message>
    <message>
        <source>&amp;Inroosteren…</source>
        <translation>&amp;Schedule…</translation>
    </message>
    <message>
        <source>&amp;Van dienst halen…</source>
        <translation>&amp;Take off shift…</translation>
    </message>
    <message>
        <source>Dienst &amp;gehouden</source>
        <translation>Shift &amp;held</translation>
    </message>
    <message>
        <source>Week&amp;overzicht afdrukken…</source>
        <translation>Print week &amp;overview…</translation>
    </message>
    <message>
        <source>{shifts} diensten, {gaps} plaatsen open</source>
        <translation>{shifts} shifts, {gaps} places open</translation>
    </message>
    <message>
        <source>Inroosteren: {shift}</source>
        <translation>Schedule: {shift}</translation>
    </message>
    <message>
        <source>Ingeroosterd: {shift}</source>
        <translation>Scheduled: {shift}</translation>
    </message>
    <message>
        <source>{name} verloopt op {day:%d-%m-%Y}</source>
        <translation>{name} expires on {day:%d-%m-%Y}</translation>
    </message>
    <message>
        <source>Ingeroosterd, maar let op: {text}</source>
        <translation>Scheduled, but note: {text}</translation>
    </message>
    <message>
        <source>De dienst {shift} stoppen? Wie erop staat, wordt eraf gehaald; de uren blijven.</source>
        <translation>Stop the shift {shift}? Whoever is on it is taken off; the hours stay.</translation>
    </message>
    <message>
        <source>Dienst stoppen</source>
        <translation>Stop shift</translation>
    </message>
    <message>
        <source>Van dienst halen: {shift}</source>
        <translation>Take off shift: {shift}</translation>
    </message>
    <message>
        <source>{name} van de dienst {shift} halen?</source>
        <translation>Take {name} off the shift {shift}?</translation>
    </message>
    <message>
        <source>Van dienst halen</source>
        <translation>Take off shift</translation>
    </message>
    <message>
        <source>{count} urenregels geboekt voor {day:%d-%m-%Y}.</source>
        <translation>{count} hour entries booked for {day:%d-%m-%Y}.</translation>
    </message>
    <message>
        <source>Geen uren voor: {names}.</source>
        <translation>No hours for: {names}.</translation>
    </message>
    <message>
        <source>Weekoverzicht opslaan</source>
        <translation>Save week overview</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Bijeenkomsten</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Wachtlijst</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Trainingen</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>wachtlijst</source>
        <translation>waiting list</translation>
    </message>
    <message>
        <source>ingeschreven</source>
        <translation>enrolled</translation>
    </message>
    <message>
        <source>Aanwezig</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Gemist</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Certificaat</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Vrijwilliger</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>&amp;Nieuwe training…</source>
        <translation>&amp;New training…</translation>
    </message>
    <message>
        <source>&amp;Inschrijven</source>
        <translation>&amp;Enrol</translation>
    </message>
    <message>
        <source>&amp;Uitschrijven</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>Bijeenkomst</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>&amp;Aanwezigheid…</source>
        <translation>&amp;Attendance…</translation>
    </message>
    <message>
        <source>&amp;Certificaten toekennen</source>
        <translation>Award &amp;certificates</translation>
    </message>
    <message>
        <source>&amp;Presentielijst…</source>
        <translation>&amp;Attendance list…</translation>
    </message>
    <message>
        <source>&amp;Vrijwilliger</source>
        <translation>&amp;Volunteer</translation>
    </message>
    <message>
        <source>Bij&amp;eenkomst</source>
        <translation>S&amp;ession</translation>
    </message>
    <message>
        <source>Deelnemers van de gekozen training</source>
        <translation>Participants of the chosen training</translation>
    </message>
    <message>
        <source>Bijeenkomst {number}, {day:%d-%m-%Y}</source>
        <translation>Session {number}, {day:%d-%m-%Y}</translation>
    </message>
    <message>
        <source>{name} uitschrijven? De eerste op de wachtlijst schuift door.</source>
        <translation>Withdraw {name}? The first on the waiting list moves up.</translation>
    </message>
    <message>
        <source>Uitschrijven</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>De training is vol: {name} staat op de wachtlijst.</source>
        <translation>The training is full: {name} is on the waiting list.</translation>
    </message>
    <message>
        <source>Deze bijeenkomst is nog niet geweest.</source>
        <translation>This session has not taken place yet.</translation>
    </message>
    <message>
        <source>Presentielijst opslaan</source>
        <translation>Save attendance list</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <source>Vrijwilliger bewerken</source>
        <translation>Edit volunteer</translation>
    </message>
    <message>
        <source>Nieuwe vrijwilliger</source>
        <translation>New volunteer</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Begonnen op</source>
        <translation>Started on</translation>
    </message>
    <message>
        <source>Betaalde medewerker</source>
        <translation>Paid staff member</translation>
    </message>
    <message>
        <source>Functie</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Trede</source>
        <translation>Ladder step</translation>
    </message>
    <message>
        <source>Talen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>bijvoorbeeld nederlands, turks</source>
        <translation>for example nederlands, turks</translation>
    </message>
    <message>
        <source>Contact bij nood</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status sinds</source>
        <translation>Status since</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>&amp;Telefoon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;Begonnen op</source>
        <translation>&amp;Started on</translation>
    </message>
    <message>
        <source>&amp;Functie</source>
        <translation>&amp;Function</translation>
    </message>
    <message>
        <source>T&amp;rede</source>
        <translation>Ladder s&amp;tep</translation>
    </message>
    <message>
        <source>T&amp;alen</source>
        <translation>L&amp;anguages</translation>
    </message>
    <message>
        <source>Contact bij &amp;nood</source>
        <translation>E&amp;mergency contact</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>Status s&amp;inds</source>
        <translation>Status s&amp;ince</translation>
    </message>
    <message>
        <source>N&amp;otities</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Beschikbaar</source>
        <translation>Available</translation>
    </message>
</context>
<context>
    <name>VolunteerListPanel</name>
    <message>
        <source>Wissen</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Zoek op naam of e-mail</source>
        <translation>Search by name or email</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Dagdeel</source>
        <translation>Part of day</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Beschikbaar</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Talen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Vrijwilligers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>&amp;Nieuwe vrijwilliger…</source>
        <translation>&amp;New volunteer…</translation>
    </message>
    <message>
        <source>&amp;Bewerken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>C&amp;ertificaten…</source>
        <translation>&amp;Certificates…</translation>
    </message>
    <message>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <source>&amp;Rol</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>&amp;Dag</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <source>Dag&amp;deel</source>
        <translation>&amp;Part of day</translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>medewerker</source>
        <translation>staff</translation>
    </message>
    <message>
        <source>{count} personen</source>
        <translation>{count} people</translation>
    </message>
    <message>
        <source>Vrijwilliger toegevoegd: {name}</source>
        <translation>Volunteer added: {name}</translation>
    </message>
    <message>
        <source>Vrijwilliger stoppen</source>
        <translation>Volunteer stops</translation>
    </message>
    <message>
        <source>{name} stoppen? Het wordt gearchiveerd en van de diensten gehaald. Na de bewaartermijn worden de persoonsgegevens verwijderd; de uren blijven anoniem bewaard.</source>
        <translation>Stop {name}? The record is archived and taken off the shifts. After the retention period the personal details are removed; the hours are kept anonymously.</translation>
    </message>
</context>
<context>
    <name>VrijwilligersPage</name>
    <message>
        <source>Onderdelen</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;Lijst en certificaten</source>
        <translation>&amp;List and certificates</translation>
    </message>
    <message>
        <source>Diensten van de &amp;week</source>
        <translation>Shifts of the &amp;week</translation>
    </message>
    <message>
        <source>&amp;Uren</source>
        <translation>&amp;Hours</translation>
    </message>
    <message>
        <source>Ver&amp;goeding</source>
        <translation>Allowa&amp;nce</translation>
    </message>
    <message>
        <source>T&amp;rainingen</source>
        <translation>T&amp;rainings</translation>
    </message>
    <message>
        <source>&amp;POP-gesprekken</source>
        <translation>&amp;Development talks</translation>
    </message>
    <message>
        <source>R&amp;ollen en certificaten</source>
        <translation>R&amp;oles and certificates</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>ochtend</source>
        <translation>morning</translation>
    </message>
    <message>
        <source>middag</source>
        <translation>afternoon</translation>
    </message>
    <message>
        <source>avond</source>
        <translation>evening</translation>
    </message>
    <message>
        <source>'{value}' is geen dagdeel (bijvoorbeeld ma-ochtend of wo-avond).</source>
        <translation>'{value}' is not a part of the day (for example ma-ochtend or wo-avond).</translation>
    </message>
    <message>
        <source>'{value}' is geen geldig aantal uren (bijvoorbeeld 2:30 of 2,5).</source>
        <translation>'{value}' is not a valid number of hours (for example 2:30 or 2.5).</translation>
    </message>
    <message>
        <source>De geldigheidsdatum ligt vóór de datum van afgifte.</source>
        <translation>The expiry date is before the date of issue.</translation>
    </message>
    <message>
        <source>Dit certificaat bestaat niet (meer).</source>
        <translation>This certificate does not exist (any more).</translation>
    </message>
    <message>
        <source>{name} kan niet worden ingezet voor {role}: {certificates} ontbreekt of is verlopen.</source>
        <translation>{name} cannot be scheduled for {role}: {certificates} is missing or has expired.</translation>
    </message>
    <message>
        <source>Onbekende bron van uren '{value}'.</source>
        <translation>Unknown source of hours '{value}'.</translation>
    </message>
    <message>
        <source>Het aantal uren moet tussen 0 en 24 liggen.</source>
        <translation>The number of hours must be between 0 and 24.</translation>
    </message>
    <message>
        <source>Deze dienst valt niet op {day}.</source>
        <translation>This shift does not fall on {day}.</translation>
    </message>
    <message>
        <source>Het uurtarief kan niet negatief zijn.</source>
        <translation>The hourly rate cannot be negative.</translation>
    </message>
    <message>
        <source>Het bedrag kan niet negatief zijn.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>Vul een categorie in (hoogstens 60 tekens).</source>
        <translation>Fill in a category (at most 60 characters).</translation>
    </message>
    <message>
        <source>Aan {name} is voor {month} al {category} betaald.</source>
        <translation>{name} has already been paid {category} for {month}.</translation>
    </message>
    <message>
        <source>Deze betaling bestaat niet (meer).</source>
        <translation>This payment does not exist (any more).</translation>
    </message>
    <message>
        <source>onbekende kolom(men): {columns}. Bekende kolommen: {known}.</source>
        <translation>unknown column(s): {columns}. Known columns: {known}.</translation>
    </message>
    <message>
        <source>{name} staat al in de vrijwilligerslijst.</source>
        <translation>{name} is already in the volunteer list.</translation>
    </message>
    <message>
        <source>{name} staat al eerder in dit bestand (rij {first}).</source>
        <translation>{name} already appears earlier in this file (row {first}).</translation>
    </message>
    <message>
        <source>Dit gesprek bestaat niet (meer).</source>
        <translation>This talk does not exist (any more).</translation>
    </message>
    <message>
        <source>Deze pincode klopt niet; de notities blijven verborgen.</source>
        <translation>This PIN is wrong; the notes stay hidden.</translation>
    </message>
    <message>
        <source>Onbekende rol '{name}'. Bekende rollen: {known}.</source>
        <translation>Unknown role '{name}'. Known roles: {known}.</translation>
    </message>
    <message>
        <source>Onbekend certificaat '{name}'. Bekende certificaten: {known}.</source>
        <translation>Unknown certificate '{name}'. Known certificates: {known}.</translation>
    </message>
    <message>
        <source>Een naam mag hoogstens {length} tekens hebben.</source>
        <translation>A name may have at most {length} characters.</translation>
    </message>
    <message>
        <source>'{name}' bestaat al.</source>
        <translation>'{name}' already exists.</translation>
    </message>
    <message>
        <source>Deze rol bestaat niet (meer).</source>
        <translation>This role does not exist (any more).</translation>
    </message>
    <message>
        <source>De geldigheid moet tussen 1 en {years} jaar liggen.</source>
        <translation>The validity must be between 1 and {years} years.</translation>
    </message>
    <message>
        <source>Een dienst moet eindigen na het begin.</source>
        <translation>A shift must end after it starts.</translation>
    </message>
    <message>
        <source>Een dienst heeft minstens één persoon nodig.</source>
        <translation>A shift needs at least one person.</translation>
    </message>
    <message>
        <source>Deze dienst bestaat niet (meer).</source>
        <translation>This shift does not exist (any more).</translation>
    </message>
    <message>
        <source>{name} is niet actief ({status}) en kan niet worden ingeroosterd.</source>
        <translation>{name} is not active ({status}) and cannot be scheduled.</translation>
    </message>
    <message>
        <source>{name} staat al op de dienst {shift}.</source>
        <translation>{name} is already on the shift {shift}.</translation>
    </message>
    <message>
        <source>{name} staat al op de dienst {shift}, die overlapt met deze dienst.</source>
        <translation>{name} is already on the shift {shift}, which overlaps this shift.</translation>
    </message>
    <message>
        <source>Vul een naam in.</source>
        <translation>Fill in a name.</translation>
    </message>
    <message>
        <source>Het maximum aantal deelnemers moet minstens 1 zijn.</source>
        <translation>The maximum number of participants must be at least 1.</translation>
    </message>
    <message>
        <source>Een bijeenkomst moet eindigen na het begin.</source>
        <translation>A session must end after it starts.</translation>
    </message>
    <message>
        <source>Deze training bestaat niet (meer).</source>
        <translation>This training does not exist (any more).</translation>
    </message>
    <message>
        <source>{name} staat al ingeschreven voor {course}.</source>
        <translation>{name} is already enrolled for {course}.</translation>
    </message>
    <message>
        <source>Deze inschrijving bestaat niet (meer).</source>
        <translation>This enrolment does not exist (any more).</translation>
    </message>
    <message>
        <source>Een training heeft 1 tot {count} bijeenkomsten.</source>
        <translation>A training has 1 to {count} sessions.</translation>
    </message>
    <message>
        <source>Deze bijeenkomst bestaat niet (meer).</source>
        <translation>This session does not exist (any more).</translation>
    </message>
    <message>
        <source>{course} is nog niet afgerond: niet alle bijeenkomsten zijn geweest.</source>
        <translation>{course} has not finished yet: not all sessions have taken place.</translation>
    </message>
    <message>
        <source>'{value}' is geen geldig e-mailadres.</source>
        <translation>'{value}' is not a valid email address.</translation>
    </message>
    <message>
        <source>Onbekende trede '{value}' (kies uit: {known}).</source>
        <translation>Unknown ladder step '{value}' (choose from: {known}).</translation>
    </message>
    <message>
        <source>De beschikbaarheid is ongeldig.</source>
        <translation>The availability is invalid.</translation>
    </message>
    <message>
        <source>Deze vrijwilliger bestaat niet (meer).</source>
        <translation>This volunteer does not exist (any more).</translation>
    </message>
    <message>
        <source>Onbekende status '{value}' (kies uit: {known}).</source>
        <translation>Unknown status '{value}' (choose from: {known}).</translation>
    </message>
    <message>
        <source>Deze vrijwilliger is de BHV'er van {count} boeking(en) vanaf {first}. Kies daar eerst in het Rooster een andere BHV'er; er is niets gewijzigd.</source>
        <translation>This volunteer is the BHV of {count} booking(s) from {first} on. First choose another BHV for them in the Rooster; nothing was changed.</translation>
    </message>
    <message>
        <source>Het aantal gemiste bijeenkomsten moet tussen 0 en {limit} liggen.</source>
        <translation>The number of missed sessions must be between 0 and {limit}.</translation>
    </message>
    <message>
        <source>De bewaartermijn moet tussen 1 en {limit} jaar liggen.</source>
        <translation>The retention period must be between 1 and {limit} years.</translation>
    </message>
    <message>
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <source>pauze</source>
        <translation>on a break</translation>
    </message>
    <message>
        <source>gestopt</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>gearchiveerd</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>bezoeker</source>
        <translation>visitor</translation>
    </message>
    <message>
        <source>deelnemer</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>vrijwilliger</source>
        <translation>volunteer</translation>
    </message>
    <message>
        <source>sleutelhouder</source>
        <translation>key holder</translation>
    </message>
    <message>
        <source>bestuur</source>
        <translation>board</translation>
    </message>
    <message>
        <source>{certificate} verlopen op {day}</source>
        <translation>{certificate} expired on {day}</translation>
    </message>
    <message>
        <source>{certificate} ontbreekt</source>
        <translation>{certificate} missing</translation>
    </message>
    <message>
        <source>De maxima van de vrijwilligersvergoeding moeten boven nul liggen.</source>
        <translation>The volunteer allowance maxima must be above zero.</translation>
    </message>
</context>
</TS>
