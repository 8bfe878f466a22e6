<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>ActionsPanel</name>
    <message>
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Cirkel</source>
        <translation>Circle</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Nagegaan door</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <source>Gevonden</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Acties van de coördinator</source>
        <translation>Coordinator's actions</translation>
    </message>
    <message>
        <source>Ook afgesloten acties</source>
        <translation>Closed actions too</translation>
    </message>
    <message>
        <source>Wie heeft het nagegaan?</source>
        <translation>Who checked?</translation>
    </message>
    <message>
        <source>Actie afsluiten</source>
        <translation>Close action</translation>
    </message>
    <message>
        <source>Niemand neemt op bij {name}</source>
        <translation>Nobody answers at {name}</translation>
    </message>
    <message>
        <source>Niemand nam op (deelnemer niet meer in de cirkel)</source>
        <translation>Nobody answered (participant no longer in the circle)</translation>
    </message>
    <message>
        <source>Deze maand: {rounds} belrondes, {completed} rond gekomen, {stalled} gestokt ({open} nog open).</source>
        <translation>This month: {rounds} rounds, {completed} came round, {stalled} stalled ({open} still open).</translation>
    </message>
</context>
<context>
    <name>AgreementFields</name>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
</context>
<context>
    <name>AgreementsDueView</name>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Bewoner</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Te laat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>te laat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Afspraken deze week</source>
        <translation>Agreements this week</translation>
    </message>
    <message>
        <source>Afspraak gedaan</source>
        <translation>Agreement done</translation>
    </message>
    <message>
        <source>Afspraak vervallen</source>
        <translation>Agreement lapsed</translation>
    </message>
    <message>
        <source>Afspraken uit de plannen van aanpak (deze week en te laat)</source>
        <translation>Agreements from the action plans (this week and overdue)</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Afspraak verplaatsen</source>
        <translation>Move appointment</translation>
    </message>
    <message>
        <source>Afspraak maken</source>
        <translation>Make appointment</translation>
    </message>
    <message>
        <source>Traject</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Vertrouwenspersoon</source>
        <translation>Confidant</translation>
    </message>
    <message>
        <source>Andere vaste vertrouwenspersoon</source>
        <translation>Another fixed confidant</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Duur in minuten</source>
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Ruimte</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Verplaatsen</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Traject van de afspraak</source>
        <translation>The appointment's traject</translation>
    </message>
    <message>
        <source>gestart {date}, {phase}</source>
        <translation>started {date}, {phase}</translation>
    </message>
    <message>
        <source>Deze bewoner heeft geen lopend traject. Start eerst een traject.</source>
        <translation>This resident has no running traject. Start a traject first.</translation>
    </message>
    <message>
        <source>{date} om {time}</source>
        <translation>{date} at {time}</translation>
    </message>
    <message>
        <source>Afspraak verplaatst naar {when}.</source>
        <translation>Appointment moved to {when}.</translation>
    </message>
    <message>
        <source>Afspraak gemaakt op {when}.</source>
        <translation>Appointment made on {when}.</translation>
    </message>
</context>
<context>
    <name>AppointmentsView</name>
    <message>
        <source>Welke afspraken</source>
        <translation>Which appointments</translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Deze week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Nog niet vastgelegd</source>
        <translation>Not yet recorded</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Bewoner</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Vertrouwenspersoon</source>
        <translation>Confidant</translation>
    </message>
    <message>
        <source>Ruimte</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>&amp;Gehouden</source>
        <translation>&amp;Held</translation>
    </message>
    <message>
        <source>Gehouden</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>&amp;Niet verschenen</source>
        <translation>&amp;Did not show</translation>
    </message>
    <message>
        <source>Niet verschenen</source>
        <translation>Did not show</translation>
    </message>
    <message>
        <source>&amp;Verplaatsen…</source>
        <translation>&amp;Move…</translation>
    </message>
    <message>
        <source>Verplaatsen</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>&amp;Annuleren…</source>
        <translation>&amp;Cancel…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Toon</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Afspraak van {date} vastgelegd als {outcome}.</source>
        <translation>Appointment of {date} recorded as {outcome}.</translation>
    </message>
    <message>
        <source>De afspraak van {date} om {time} annuleren? De ruimte komt weer vrij in het rooster.</source>
        <translation>Cancel the appointment of {date} at {time}? The room becomes free again in the schedule.</translation>
    </message>
    <message>
        <source>Afspraak annuleren</source>
        <translation>Cancel appointment</translation>
    </message>
    <message>
        <source>Afspraak van {date} geannuleerd.</source>
        <translation>Appointment of {date} cancelled.</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Bewoner nr.</source>
        <translation>Resident no.</translation>
    </message>
    <message>
        <source>Bij</source>
        <translation>Concerning</translation>
    </message>
    <message>
        <source>Logboek</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Coördinator</source>
        <translation>Coordinator</translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <source>Pincode wijzigen</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <source>Pincode van</source>
        <translation>PIN of</translation>
    </message>
    <message>
        <source>Huidige pincode</source>
        <translation>Current PIN</translation>
    </message>
    <message>
        <source>Nieuwe pincode</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>Nieuwe pincode herhalen</source>
        <translation>Repeat new PIN</translation>
    </message>
    <message>
        <source>Coördinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>{name} (nog geen pincode)</source>
        <translation>{name} (no PIN yet)</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>De twee nieuwe pincodes zijn niet gelijk.</source>
        <translation>The two new PINs are not the same.</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <source>Dossier bewoner nr. {number}</source>
        <translation>File of resident no. {number}</translation>
    </message>
    <message>
        <source>Overzicht voor de bewoner afdrukken (inzage)…</source>
        <translation>Print the overview for the resident (access request)…</translation>
    </message>
    <message>
        <source>Overzicht voor de bewoner afdrukken</source>
        <translation>Print the overview for the resident</translation>
    </message>
    <message>
        <source>Afspraak maken…</source>
        <translation>Make appointment…</translation>
    </message>
    <message>
        <source>Afspraak maken</source>
        <translation>Make appointment</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Waarvoor</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Vastgelegd door</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Toestemmingen</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Datum toestemming</source>
        <translation>Date of consent</translation>
    </message>
    <message>
        <source>bijv. gegevens delen met de schuldhulpverlening</source>
        <translation>e.g. sharing data with debt counselling</translation>
    </message>
    <message>
        <source>Toestemming vastleggen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Vul in waarvoor de bewoner toestemming geeft.</source>
        <translation>Fill in what the resident consents to.</translation>
    </message>
    <message>
        <source>Toestemming vastgelegd.</source>
        <translation>Consent recorded.</translation>
    </message>
    <message>
        <source>Bezoeken</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Geholpen door</source>
        <translation>Helped by</translation>
    </message>
    <message>
        <source>Thema's</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Minuten</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Hulpbehoefte</source>
        <translation>Request (hulpbehoefte)</translation>
    </message>
    <message>
        <source>Bezoeken van de bewoner</source>
        <translation>The resident's visits</translation>
    </message>
    <message>
        <source>Datum bezoek</source>
        <translation>Date of visit</translation>
    </message>
    <message>
        <source>Hulpvraag</source>
        <translation>Real question (hulpvraag)</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Opvolgen op</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <source>dd-mm-jjjj, leeg: geen</source>
        <translation>dd-mm-yyyy, empty: none</translation>
    </message>
    <message>
        <source>Thema's van het bezoek</source>
        <translation>Themes of the visit</translation>
    </message>
    <message>
        <source>Wijziging opslaan</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <source>Kies een bezoek om het te corrigeren.</source>
        <translation>Choose a visit to correct it.</translation>
    </message>
    <message>
        <source>Bezoek van {date} gecorrigeerd.</source>
        <translation>Visit of {date} corrected.</translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Vertrouwenspersoon</source>
        <translation>Confidant</translation>
    </message>
    <message>
        <source>Ruimte</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Afspraken van de bewoner</source>
        <translation>The resident's appointments</translation>
    </message>
    <message>
        <source>Delen van het dossier</source>
        <translation>Parts of the record</translation>
    </message>
    <message>
        <source>Plan van aanpak</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Toeleiding</source>
        <translation>Leading on</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Overzicht opslaan</source>
        <translation>Save overview</translation>
    </message>
    <message>
        <source>Overzicht opgeslagen in {path}.</source>
        <translation>Overview saved to {path}.</translation>
    </message>
    <message>
        <source>{name} · {visits} bezoeken, {open} lopende trajecten</source>
        <translation>{name} · {visits} visits, {open} running trajecten</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Cijfer</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Cijfers</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Bezoeken</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Unieke bewoners</source>
        <translation>Unique residents</translation>
    </message>
    <message>
        <source>Nieuwe bewoners</source>
        <translation>New residents</translation>
    </message>
    <message>
        <source>Anonieme bezoeken</source>
        <translation>Anonymous visits</translation>
    </message>
    <message>
        <source>Nieuwe anonieme bezoekers</source>
        <translation>New anonymous visitors</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Trajecten gestart</source>
        <translation>Trajecten started</translation>
    </message>
    <message>
        <source>Trajecten afgesloten</source>
        <translation>Trajecten closed</translation>
    </message>
    <message>
        <source>Toegeleid naar een activiteit</source>
        <translation>Led on to an activity</translation>
    </message>
    <message>
        <source>Toegeleid naar vrijwilligerswerk</source>
        <translation>Led on to volunteering</translation>
    </message>
    <message>
        <source>Afspraken gepland</source>
        <translation>Appointments planned</translation>
    </message>
    <message>
        <source>Afspraken gehouden</source>
        <translation>Appointments held</translation>
    </message>
    <message>
        <source>Afspraken niet verschenen</source>
        <translation>Appointments not shown</translation>
    </message>
    <message>
        <source>Thema: {theme}</source>
        <translation>Theme: {theme}</translation>
    </message>
    <message>
        <source>Maand {month}</source>
        <translation>Month {month}</translation>
    </message>
    <message>
        <source>Afspraken {month}: gepland / gehouden / niet verschenen</source>
        <translation>Appointments {month}: planned / held / not shown</translation>
    </message>
    <message>
        <source>Doorverwijzing {partner}: {status}</source>
        <translation>Referral {partner}: {status}</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>te laat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>deze week</source>
        <translation>this week</translation>
    </message>
    <message>
        <source>Opvolgen Welzijn op Recept</source>
        <translation>Welzijn op Recept follow-up</translation>
    </message>
    <message>
        <source>Contact &amp;gedaan</source>
        <translation>Contact &amp;made</translation>
    </message>
    <message>
        <source>Contact gedaan</source>
        <translation>Contact made</translation>
    </message>
    <message>
        <source>Deelnemer &amp;openen</source>
        <translation>&amp;Open participant</translation>
    </message>
    <message>
        <source>Deelnemer openen</source>
        <translation>Open participant</translation>
    </message>
    <message>
        <source>Uitkomst na drie maanden vastleggen</source>
        <translation>Record the outcome after three months</translation>
    </message>
    <message>
        <source>Contact na {weeks} weken</source>
        <translation>Contact after {weeks} weeks</translation>
    </message>
    <message>
        <source>Leg de uitkomst vast bij de deelnemer (Deelnemer openen).</source>
        <translation>Record the outcome with the participant (Open participant).</translation>
    </message>
    <message>
        <source>Afgevinkt: contact na {weeks} weken.</source>
        <translation>Ticked off: contact after {weeks} weeks.</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <source>Opvolgen op</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <source>Bewoner</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Geholpen door</source>
        <translation>Helped by</translation>
    </message>
    <message>
        <source>Thema's</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Opvolgen deze week</source>
        <translation>Follow-ups this week</translation>
    </message>
    <message>
        <source>Opgevolgd</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Laatste nieuws</source>
        <translation>Last news</translation>
    </message>
    <message>
        <source>Doorverwijzingen zonder nieuws</source>
        <translation>Referrals without news</translation>
    </message>
    <message>
        <source>Alle lopende doorverwijzingen tonen</source>
        <translation>Show all running referrals</translation>
    </message>
    <message>
        <source>Nieuwe stand</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>Stand bijwerken</source>
        <translation>Update status</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Geholpen door</source>
        <translation>Helped by</translation>
    </message>
    <message>
        <source>Bewoner zoeken</source>
        <translation>Find resident</translation>
    </message>
    <message>
        <source>Typ een deel van de naam; pijltjes om te kiezen</source>
        <translation>Type part of the name; arrow keys to choose</translation>
    </message>
    <message>
        <source>Gevonden bewoners</source>
        <translation>Residents found</translation>
    </message>
    <message>
        <source>Toestemming gegeven om gegevens te bewaren</source>
        <translation>Consent given to keep the data</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Hulpbehoefte</source>
        <translation>Request (hulpbehoefte)</translation>
    </message>
    <message>
        <source>Hulpvraag</source>
        <translation>Real question (hulpvraag)</translation>
    </message>
    <message>
        <source>Thema's</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Minuten</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Opvolgen op</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <source>dd-mm-jjjj, leeg: geen</source>
        <translation>dd-mm-yyyy, empty: none</translation>
    </message>
    <message>
        <source>Opslaan (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Bewoner verwijderen op verzoek…</source>
        <translation>Remove resident on request…</translation>
    </message>
    <message>
        <source>Bewoner verwijderen op verzoek</source>
        <translation>Remove resident on request</translation>
    </message>
    <message>
        <source>Dossier…</source>
        <translation>File…</translation>
    </message>
    <message>
        <source>Dossier van de bewoner</source>
        <translation>The resident's file</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Doorverwijzen</source>
        <translation>Refer</translation>
    </message>
    <message>
        <source>Traject starten</source>
        <translation>Start traject</translation>
    </message>
    <message>
        <source>Bewoner</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Coördinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>{name} (laatste bezoek {date})</source>
        <translation>{name} (last visit {date})</translation>
    </message>
    <message>
        <source>Nieuwe bewoner: {name}</source>
        <translation>New resident: {name}</translation>
    </message>
    <message>
        <source>Anoniem</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>{visits} eerdere bezoeken, {open} lopende trajecten.</source>
        <translation>{visits} earlier visits, {open} running trajecten.</translation>
    </message>
    <message>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Heeft de nieuwe bewoner toestemming gegeven om gegevens te bewaren?</source>
        <translation>Has the new resident given consent to keep their details?</translation>
    </message>
    <message>
        <source>Zonder toestemming wordt het bezoek anoniem bewaard: zonder naam en zonder tekst.</source>
        <translation>Without consent the visit is kept anonymously: without a name and without any text.</translation>
    </message>
    <message>
        <source>Ja, met toestemming</source>
        <translation>Yes, with consent</translation>
    </message>
    <message>
        <source>Nee, anoniem bewaren</source>
        <translation>No, keep it anonymous</translation>
    </message>
    <message>
        <source>Terug naar het formulier</source>
        <translation>Back to the form</translation>
    </message>
    <message>
        <source>Alle gegevens van deze bewoner worden verwijderd; alleen anonieme tellingen blijven. Dit kan niet ongedaan worden gemaakt.

De automatische kopieën in de map backups bewaren de gegevens nog tot ze vervallen (tot ongeveer een jaar); back-ups op een USB-stick houden ze tot ze worden gewist. Doorgaan?</source>
        <translation>All of this resident's data will be removed; only anonymous counts remain. This cannot be undone.

The automatic copies in the backups folder still hold the data until they roll over (up to about a year); back-ups on a USB stick keep it until they are wiped. Continue?</translation>
    </message>
    <message>
        <source>Nieuw: zonder toestemming wordt het bezoek anoniem bewaard.</source>
        <translation>New: without consent the visit is kept anonymously.</translation>
    </message>
    <message>
        <source>Anoniem bezoek: er wordt geen naam en geen tekst bewaard.</source>
        <translation>Anonymous visit: no name and no text are kept.</translation>
    </message>
    <message>
        <source>spreekuur</source>
        <translation>spreekuur</translation>
    </message>
    <message>
        <source>Anoniem bezoek opgeslagen.</source>
        <translation>Anonymous visit saved.</translation>
    </message>
    <message>
        <source>Bezoek opgeslagen.</source>
        <translation>Visit saved.</translation>
    </message>
    <message>
        <source>Doorverwezen naar {partner}.</source>
        <translation>Referred to {partner}.</translation>
    </message>
    <message>
        <source>Traject gestart (fase oriëntatie).</source>
        <translation>Traject started (orientation phase).</translation>
    </message>
    <message>
        <source>Bewoner verwijderen</source>
        <translation>Remove resident</translation>
    </message>
    <message>
        <source>De bewoner is verwijderd.</source>
        <translation>The resident has been removed.</translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <source>Verwijzers</source>
        <translation>Referrers</translation>
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
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Naam verwijzer</source>
        <translation>Referrer's name</translation>
    </message>
    <message>
        <source>Soort verwijzer</source>
        <translation>Kind of referrer</translation>
    </message>
    <message>
        <source>Verwijzer &amp;toevoegen</source>
        <translation>&amp;Add referrer</translation>
    </message>
    <message>
        <source>Verwijzer toevoegen</source>
        <translation>Add referrer</translation>
    </message>
    <message>
        <source>Gekozen verwijzer (de)activeren</source>
        <translation>(De)activate chosen referrer</translation>
    </message>
    <message>
        <source>Gekozen verwijzer activeren</source>
        <translation>Activate chosen referrer</translation>
    </message>
    <message>
        <source>Activiteiten per arrangement</source>
        <translation>Activities per arrangement</translation>
    </message>
    <message>
        <source>Arrangement</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <source>Activiteiten van het arrangement</source>
        <translation>Activities of the arrangement</translation>
    </message>
    <message>
        <source>Arrangement &amp;opslaan</source>
        <translation>&amp;Save arrangement</translation>
    </message>
    <message>
        <source>Arrangement opslaan</source>
        <translation>Save arrangement</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Contactmomenten na (weken)</source>
        <translation>Contact moments after (weeks)</translation>
    </message>
    <message>
        <source>Maximum deelnemers per bondgenoot</source>
        <translation>Maximum participants per buddy</translation>
    </message>
    <message>
        <source>Doel deelnemers per jaar</source>
        <translation>Target participants per year</translation>
    </message>
    <message>
        <source>Doel structureel per jaar</source>
        <translation>Target regular per year</translation>
    </message>
    <message>
        <source>Instellingen op&amp;slaan</source>
        <translation>Save se&amp;ttings</translation>
    </message>
    <message>
        <source>Instellingen opslaan</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Maximum per bondgenoot</source>
        <translation>Maximum per buddy</translation>
    </message>
</context>
<context>
    <name>LockView</name>
    <message>
        <source>Wie ben je?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <source>Pincode</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Pincode herhalen</source>
        <translation>Repeat PIN</translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Spreekuur (vergrendeld)</source>
        <translation>Spreekuur (locked)</translation>
    </message>
    <message>
        <source>Cijfers {year}: {visits} bezoeken, waarvan {anonymous} anoniem; {unique} bewoners met naam, van wie {new} nieuw.</source>
        <translation>Figures {year}: {visits} visits, {anonymous} of them anonymous; {unique} named residents, {new} of them new.</translation>
    </message>
    <message>
        <source>Stel als coördinator een pincode in voor het spreekuur (minstens 6 tekens).</source>
        <translation>As coordinator, set a PIN for the spreekuur (at least 6 characters).</translation>
    </message>
    <message>
        <source>Namen en notities zijn alleen zichtbaar met een pincode: kies wie je bent en typ je pincode.</source>
        <translation>Names and notes are only shown with a PIN: choose who you are and type your PIN.</translation>
    </message>
    <message>
        <source>Coördinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Te vaak een verkeerde pincode. Probeer het over {minutes} minuten opnieuw.</source>
        <translation>Too many wrong PINs. Try again in {minutes} minutes.</translation>
    </message>
    <message>
        <source>Te vaak een verkeerde pincode. Probeer het over {seconds} seconden opnieuw.</source>
        <translation>Wrong PIN too often. Try again in {seconds} seconds.</translation>
    </message>
    <message>
        <source>Pincode instellen</source>
        <translation>Set PIN</translation>
    </message>
    <message>
        <source>De twee pincodes zijn niet gelijk.</source>
        <translation>The two PINs differ.</translation>
    </message>
    <message>
        <source>Deze pincode klopt niet.</source>
        <translation>This PIN is not correct.</translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <source>Hulpvraag</source>
        <translation>Question for help</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>vrijwilliger</source>
        <translation>volunteer</translation>
    </message>
    <message>
        <source>deelnemer</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>Belvolgorde</source>
        <translation>Calling order</translation>
    </message>
    <message>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Uit de cirkel</source>
        <translation>Out of the circle</translation>
    </message>
    <message>
        <source>Cirkel</source>
        <translation>Circle</translation>
    </message>
    <message>
        <source>Naam van de cirkel</source>
        <translation>Name of the circle</translation>
    </message>
    <message>
        <source>Coördinator {n}</source>
        <translation>Coordinator {n}</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Cirkel opslaan</source>
        <translation>Save circle</translation>
    </message>
    <message>
        <source>Nieuwe cirkel</source>
        <translation>New circle</translation>
    </message>
    <message>
        <source>Toevoegen aan het eind van de volgorde</source>
        <translation>Add at the end of the order</translation>
    </message>
    <message>
        <source>Naam deelnemer</source>
        <translation>Participant's name</translation>
    </message>
    <message>
        <source>Telefoon deelnemer</source>
        <translation>Participant's phone</translation>
    </message>
    <message>
        <source>Telefoonnummer</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Toestemming voor naam en telefoonnummer</source>
        <translation>Consent for name and phone number</translation>
    </message>
    <message>
        <source>Toestemming deelnemer</source>
        <translation>Participant's consent</translation>
    </message>
    <message>
        <source>Deelnemer toevoegen</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Vrijwilliger</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Vrijwilliger toevoegen</source>
        <translation>Add volunteer</translation>
    </message>
    <message>
        <source>Deelnemer</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Afwezig (wordt die dagen overgeslagen)</source>
        <translation>Away (skipped on those days)</translation>
    </message>
    <message>
        <source>Afwezig van</source>
        <translation>Away from</translation>
    </message>
    <message>
        <source>Afwezig tot en met</source>
        <translation>Away until</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Gekozen naam afwezig melden</source>
        <translation>Report chosen name away</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Afwezig</source>
        <translation>Away</translation>
    </message>
    <message>
        <source>Afmelding intrekken</source>
        <translation>Withdraw away report</translation>
    </message>
    <message>
        <source>tot en met</source>
        <translation>until</translation>
    </message>
    <message>
        <source>(nog niemand)</source>
        <translation>(nobody yet)</translation>
    </message>
</context>
<context>
    <name>ParticipantPanel</name>
    <message>
        <source>Kies een deelnemer en open die (Enter).</source>
        <translation>Choose a participant and open them (Enter).</translation>
    </message>
    <message>
        <source>Intakegesprek</source>
        <translation>Intake talk</translation>
    </message>
    <message>
        <source>Intake op</source>
        <translation>Intake on</translation>
    </message>
    <message>
        <source>Interesses</source>
        <translation>Interests</translation>
    </message>
    <message>
        <source>Waar krijgt de deelnemer energie van</source>
        <translation>What gives the participant energy</translation>
    </message>
    <message>
        <source>Talenten</source>
        <translation>Talents</translation>
    </message>
    <message>
        <source>Ambities</source>
        <translation>Ambitions</translation>
    </message>
    <message>
        <source>&amp;Intake opslaan</source>
        <translation>Save &amp;intake</translation>
    </message>
    <message>
        <source>Intake opslaan</source>
        <translation>Save intake</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Energie van</source>
        <translation>Energy from</translation>
    </message>
    <message>
        <source>Arrangement en activiteit</source>
        <translation>Arrangement and activity</translation>
    </message>
    <message>
        <source>Arrangement</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>In&amp;schrijven</source>
        <translation>Re&amp;gister</translation>
    </message>
    <message>
        <source>Inschrijven voor de activiteit</source>
        <translation>Register for the activity</translation>
    </message>
    <message>
        <source>Bondgenoot</source>
        <translation>Buddy</translation>
    </message>
    <message>
        <source>&amp;Koppelen</source>
        <translation>&amp;Pair</translation>
    </message>
    <message>
        <source>Bondgenoot koppelen</source>
        <translation>Pair with buddy</translation>
    </message>
    <message>
        <source>Uitkomst na drie maanden</source>
        <translation>Outcome after three months</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Reden van stoppen</source>
        <translation>Reason for stopping</translation>
    </message>
    <message>
        <source>Uitkomst op</source>
        <translation>Outcome on</translation>
    </message>
    <message>
        <source>&amp;Uitkomst vastleggen</source>
        <translation>Record &amp;outcome</translation>
    </message>
    <message>
        <source>Uitkomst vastleggen</source>
        <translation>Record outcome</translation>
    </message>
    <message>
        <source>{name}, verwezen op {date} door {referrer}</source>
        <translation>{name}, referred on {date} by {referrer}</translation>
    </message>
    <message>
        <source>Uitkomst: {outcome}</source>
        <translation>Outcome: {outcome}</translation>
    </message>
    <message>
        <source>{name} (1 plaats vrij)</source>
        <translation>{name} (1 place free)</translation>
    </message>
    <message>
        <source>{name} ({free} plaatsen vrij)</source>
        <translation>{name} ({free} places free)</translation>
    </message>
    <message>
        <source>{name} (vol: op de wachtlijst)</source>
        <translation>{name} (full: on the waiting list)</translation>
    </message>
    <message>
        <source>{name} ({count} van {maximum})</source>
        <translation>{name} ({count} of {maximum})</translation>
    </message>
    <message>
        <source>Het intakegesprek is opgeslagen.</source>
        <translation>The intake talk has been saved.</translation>
    </message>
    <message>
        <source>Dit arrangement heeft nog geen activiteiten; kies ze bij Verwijzers.</source>
        <translation>This arrangement has no activities yet; choose them under Referrers.</translation>
    </message>
    <message>
        <source>Ingeschreven voor {activity}.</source>
        <translation>Registered for {activity}.</translation>
    </message>
    <message>
        <source>{activity} is vol: de deelnemer staat op de wachtlijst.</source>
        <translation>{activity} is full: the participant is on the waiting list.</translation>
    </message>
    <message>
        <source>De bondgenoot is gekoppeld.</source>
        <translation>The buddy has been paired.</translation>
    </message>
    <message>
        <source>De uitkomst is vastgelegd.</source>
        <translation>The outcome has been recorded.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Alleen lopende begeleiding</source>
        <translation>Only ongoing support</translation>
    </message>
    <message>
        <source>Verwezen</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Verwijzer</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <source>Arrangement</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Bondgenoot</source>
        <translation>Buddy</translation>
    </message>
    <message>
        <source>Volgend contact</source>
        <translation>Next contact</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>loopt</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <source>Deelnemers Welzijn op Recept</source>
        <translation>Welzijn op Recept participants</translation>
    </message>
    <message>
        <source>&amp;Nieuwe verwijzing…</source>
        <translation>&amp;New referral…</translation>
    </message>
    <message>
        <source>Nieuwe verwijzing</source>
        <translation>New referral</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Deelnemer openen</source>
        <translation>Open participant</translation>
    </message>
    <message>
        <source>{activity} (wachtlijst)</source>
        <translation>{activity} (waiting list)</translation>
    </message>
    <message>
        <source>{year}: {participants} van {target} deelnemers; {structural} van {target_structural} nemen structureel deel of werden vrijwilliger; {stopped} gestopt, {running} in begeleiding.</source>
        <translation>{year}: {participants} of {target} participants; {structural} of {target_structural} take part regularly or became volunteers; {stopped} stopped, {running} being supported.</translation>
    </message>
</context>
<context>
    <name>PartnersView</name>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Organisatie opslaan</source>
        <translation>Save organisation</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Hulpvraag wijzigen</source>
        <translation>Change question for help</translation>
    </message>
    <message>
        <source>Afspraak wijzigen</source>
        <translation>Change agreement</translation>
    </message>
    <message>
        <source>Traject</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Traject starten</source>
        <translation>Start traject</translation>
    </message>
    <message>
        <source>Hulpvragen, in de volgorde die met de deelnemer is afgesproken</source>
        <translation>Questions for help, in the order agreed with the participant</translation>
    </message>
    <message>
        <source>Hulpvraag</source>
        <translation>Question for help</translation>
    </message>
    <message>
        <source>Hulpvragen</source>
        <translation>Questions for help</translation>
    </message>
    <message>
        <source>Nieuwe hulpvraag; Enter voegt toe</source>
        <translation>New question for help; Enter adds it</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Hulpvraag toevoegen</source>
        <translation>Add question for help</translation>
    </message>
    <message>
        <source>Wijzigen… (F2)</source>
        <translation>Change… (F2)</translation>
    </message>
    <message>
        <source>Hoger (Alt+↑)</source>
        <translation>Up (Alt+↑)</translation>
    </message>
    <message>
        <source>Hulpvraag hoger</source>
        <translation>Move question for help up</translation>
    </message>
    <message>
        <source>Lager (Alt+↓)</source>
        <translation>Down (Alt+↓)</translation>
    </message>
    <message>
        <source>Hulpvraag lager</source>
        <translation>Move question for help down</translation>
    </message>
    <message>
        <source>Weghalen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Hulpvraag weghalen</source>
        <translation>Remove question for help</translation>
    </message>
    <message>
        <source>Afspraken: wie doet wat, wanneer</source>
        <translation>Agreements: who does what, when</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Wat is er afgesproken? Enter voegt toe</source>
        <translation>What was agreed? Enter adds it</translation>
    </message>
    <message>
        <source>Afspraak &amp;toevoegen</source>
        <translation>&amp;Add agreement</translation>
    </message>
    <message>
        <source>Afspraak toevoegen</source>
        <translation>Add agreement</translation>
    </message>
    <message>
        <source>Afspraak &amp;wijzigen… (F2)</source>
        <translation>&amp;Change agreement… (F2)</translation>
    </message>
    <message>
        <source>&amp;Gedaan</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>Afspraak gedaan</source>
        <translation>Agreement done</translation>
    </message>
    <message>
        <source>&amp;Vervallen</source>
        <translation>&amp;Lapsed</translation>
    </message>
    <message>
        <source>Afspraak vervallen</source>
        <translation>Agreement lapsed</translation>
    </message>
    <message>
        <source>Weer &amp;open</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <source>Afspraak weer open</source>
        <translation>Reopen agreement</translation>
    </message>
    <message>
        <source>{status}, te laat</source>
        <translation>{status}, overdue</translation>
    </message>
    <message>
        <source>Gestart {date} · {phase}</source>
        <translation>Started {date} · {phase}</translation>
    </message>
    <message>
        <source>{traject} · afgesloten</source>
        <translation>{traject} · closed</translation>
    </message>
    <message>
        <source>Fase: {phase}</source>
        <translation>Phase: {phase}</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Nieuwe verwijzing Welzijn op Recept</source>
        <translation>New Welzijn op Recept referral</translation>
    </message>
    <message>
        <source>Verwijzer</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <source>Verwezen op</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <source>Bewoner zoeken</source>
        <translation>Find resident</translation>
    </message>
    <message>
        <source>Naam van een bekende bewoner</source>
        <translation>Name of a known resident</translation>
    </message>
    <message>
        <source>Gevonden bewoners</source>
        <translation>Residents found</translation>
    </message>
    <message>
        <source>Naam nieuwe bewoner</source>
        <translation>Name of new resident</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>De bewoner geeft toestemming om naam en gegevens voor Welzijn op Recept te bewaren</source>
        <translation>The resident consents to keeping their name and details for Welzijn op Recept</translation>
    </message>
    <message>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>&amp;Verwijzer</source>
        <translation>&amp;Referrer</translation>
    </message>
    <message>
        <source>Verwezen &amp;op</source>
        <translation>Referred &amp;on</translation>
    </message>
    <message>
        <source>&amp;Bekende bewoner</source>
        <translation>&amp;Known resident</translation>
    </message>
    <message>
        <source>of een &amp;nieuwe bewoner</source>
        <translation>or a &amp;new resident</translation>
    </message>
    <message>
        <source>&amp;Telefoon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>Verwijzing opslaan</source>
        <translation>Save referral</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Voeg eerst een verwijzer toe (tab Verwijzers en arrangementen).</source>
        <translation>Add a referrer first (tab Referrers and arrangements).</translation>
    </message>
</context>
<context>
    <name>RoundPanel</name>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>bellen</source>
        <translation>call</translation>
    </message>
    <message>
        <source>Belvolgorde van vandaag</source>
        <translation>Today's calling order</translation>
    </message>
    <message>
        <source>&amp;Rond gekomen (Enter)</source>
        <translation>&amp;Came round (Enter)</translation>
    </message>
    <message>
        <source>Rond gekomen</source>
        <translation>Came round</translation>
    </message>
    <message>
        <source>&amp;Gestokt bij gekozen naam</source>
        <translation>&amp;Stalled at chosen name</translation>
    </message>
    <message>
        <source>Gestokt bij</source>
        <translation>Stalled at</translation>
    </message>
    <message>
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Afloop</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>gestokt bij {name}</source>
        <translation>stalled at {name}</translation>
    </message>
    <message>
        <source>rond</source>
        <translation>came round</translation>
    </message>
    <message>
        <source>Laatste belrondes</source>
        <translation>Latest rounds</translation>
    </message>
    <message>
        <source>Gekozen belronde ongedaan maken</source>
        <translation>Undo chosen round</translation>
    </message>
    <message>
        <source>Belronde van {date}</source>
        <translation>Round of {date}</translation>
    </message>
    <message>
        <source>De belronde van {date} is ongedaan gemaakt.</source>
        <translation>The round of {date} has been undone.</translation>
    </message>
    <message>
        <source>Kies eerst bij wie de belronde stokte.</source>
        <translation>First choose where the round stalled.</translation>
    </message>
    <message>
        <source>Vastgelegd: gestokt bij {name}; de actie staat op de lijst van de coördinator.</source>
        <translation>Recorded: stalled at {name}; the action is on the coordinator's list.</translation>
    </message>
    <message>
        <source>Vastgelegd: de belronde is rond gekomen.</source>
        <translation>Recorded: the round came round.</translation>
    </message>
</context>
<context>
    <name>SpreekuurPage</name>
    <message>
        <source>Spreekkamer</source>
        <translation>Spreekkamer</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Dienst</source>
        <translation>On duty</translation>
    </message>
    <message>
        <source>Wie hebben er dienst?</source>
        <translation>Who is on duty?</translation>
    </message>
    <message>
        <source>Spreekuur openen</source>
        <translation>Open spreekuur</translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Pincode wijzigen…</source>
        <translation>Change PIN…</translation>
    </message>
    <message>
        <source>Pincode wijzigen</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Opvolgen</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Trajecten</source>
        <translation>Trajecten</translation>
    </message>
    <message>
        <source>Cijfers</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Telefooncirkel</source>
        <translation>Telephone circle</translation>
    </message>
    <message>
        <source>Welzijn op Recept</source>
        <translation>Welzijn op Recept (social prescribing)</translation>
    </message>
    <message>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Logboek</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>De pincode is gewijzigd.</source>
        <translation>The PIN has been changed.</translation>
    </message>
    <message>
        <source>Spreekuur geopend op {date}</source>
        <translation>Spreekuur opened on {date}</translation>
    </message>
</context>
<context>
    <name>TelefooncirkelView</name>
    <message>
        <source>Telefooncirkel</source>
        <translation>Telephone circle</translation>
    </message>
    <message>
        <source>Belronde vandaag</source>
        <translation>Today's round</translation>
    </message>
    <message>
        <source>Volgorde en afwezig</source>
        <translation>Order and away</translation>
    </message>
    <message>
        <source>Acties</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>{name} (gestopt)</source>
        <translation>{name} (stopped)</translation>
    </message>
</context>
<context>
    <name>ToeleidenDialog</name>
    <message>
        <source>Toeleiden (bewoner nr. {number})</source>
        <translation>Lead on (resident no. {number})</translation>
    </message>
    <message>
        <source>Aanmelden bij een activiteit</source>
        <translation>Register for an activity</translation>
    </message>
    <message>
        <source>Naar een activiteit</source>
        <translation>To an activity</translation>
    </message>
    <message>
        <source>Voorstellen als vrijwilliger</source>
        <translation>Propose as a volunteer</translation>
    </message>
    <message>
        <source>Naar vrijwilligerswerk</source>
        <translation>To volunteering</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>{name} ({free} plaatsen vrij)</source>
        <translation>{name} ({free} places free)</translation>
    </message>
    <message>
        <source>{name} (vol: op de wachtlijst)</source>
        <translation>{name} (full: on the waiting list)</translation>
    </message>
    <message>
        <source>Deelnemer bij Activiteiten</source>
        <translation>Participant in Activities</translation>
    </message>
    <message>
        <source>Nieuwe deelnemer (naam en telefoon uit het spreekuur)</source>
        <translation>New participant (name and phone from the spreekuur)</translation>
    </message>
    <message>
        <source>Bestaande deelnemer: {name} {phone}</source>
        <translation>Existing participant: {name} {phone}</translation>
    </message>
    <message>
        <source>Gewenste rol</source>
        <translation>Wanted role</translation>
    </message>
    <message>
        <source>Vrijwilliger</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Nieuwe vrijwilliger (naam en telefoon uit het spreekuur)</source>
        <translation>New volunteer (name and phone from the spreekuur)</translation>
    </message>
    <message>
        <source>Bestaande vrijwilliger: {name}</source>
        <translation>Existing volunteer: {name}</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Toestemming: ja</source>
        <translation>Consent: yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Toestemming: nee</source>
        <translation>Consent: no</translation>
    </message>
    <message>
        <source>Geeft de deelnemer toestemming om naam en telefoonnummer door te geven aan de activiteit of de vrijwilligerscoördinator?</source>
        <translation>Does the participant consent to passing on their name and phone number to the activity or the volunteer coordinator?</translation>
    </message>
    <message>
        <source>Toeleiden</source>
        <translation>Lead on</translation>
    </message>
    <message>
        <source>Toeleiden bevestigen</source>
        <translation>Confirm leading on</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Deelnemer</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Er is geen activiteit om bij aan te melden.</source>
        <translation>There is no activity to register for.</translation>
    </message>
</context>
<context>
    <name>ToeleidingList</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Naar</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Activiteit of rol</source>
        <translation>Activity or role</translation>
    </message>
    <message>
        <source>Eerst</source>
        <translation>At first</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Toeleidingen</source>
        <translation>Referrals to activities and volunteering</translation>
    </message>
    <message>
        <source>Toeleiden…</source>
        <translation>Lead on…</translation>
    </message>
    <message>
        <source>Toeleiden</source>
        <translation>Lead on</translation>
    </message>
    <message>
        <source>Kies of start eerst een lopend traject.</source>
        <translation>First choose or start a running traject.</translation>
    </message>
</context>
<context>
    <name>TrajectView</name>
    <message>
        <source>Bewoner</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Gestart</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Lopende trajecten</source>
        <translation>Running trajecten</translation>
    </message>
    <message>
        <source>Volgende fase</source>
        <translation>Next phase</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>WelzijnView</name>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Opvolgen</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Verwijzers en arrangementen</source>
        <translation>Referrers and arrangements</translation>
    </message>
</context>
<context>
    <name>_EditDialog</name>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Oriëntatie</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Oplossing</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Nazorg</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <source>Opgelost</source>
        <translation>Solved</translation>
    </message>
    <message>
        <source>Deels opgelost</source>
        <translation>Partly solved</translation>
    </message>
    <message>
        <source>Doorverwezen</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Intake gepland</source>
        <translation>Intake planned</translation>
    </message>
    <message>
        <source>Wachtend</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>In traject</source>
        <translation>In traject</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Uitgevallen</source>
        <translation>Dropped out</translation>
    </message>
    <message>
        <source>Het traject is al in de laatste fase ({phase}); sluit het af met een uitkomst.</source>
        <translation>The traject is already in its last phase ({phase}); close it with an outcome.</translation>
    </message>
    <message>
        <source>Onbekende uitkomst: {outcome}.</source>
        <translation>Unknown outcome: {outcome}.</translation>
    </message>
    <message>
        <source>Deze doorverwijzing is al beëindigd ({status}) en kan niet meer veranderen.</source>
        <translation>This referral has already ended ({status}) and can no longer change.</translation>
    </message>
    <message>
        <source>Een doorverwijzing gaat niet terug van '{current}' naar '{new}'.</source>
        <translation>A referral does not go back from '{current}' to '{new}'.</translation>
    </message>
    <message>
        <source>Formulieren en brieven</source>
        <translation>Forms and letters</translation>
    </message>
    <message>
        <source>Inkomensondersteunende voorzieningen</source>
        <translation>Income support schemes</translation>
    </message>
    <message>
        <source>Toeslagen</source>
        <translation>Allowances</translation>
    </message>
    <message>
        <source>Geldzaken op orde</source>
        <translation>Getting finances in order</translation>
    </message>
    <message>
        <source>Welzijn en gezondheid</source>
        <translation>Well-being and health</translation>
    </message>
    <message>
        <source>Geen vrede in de relatie</source>
        <translation>No peace in the relationship</translation>
    </message>
    <message>
        <source>Opvoeding</source>
        <translation>Parenting</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Werk en participatie</source>
        <translation>Work and participation</translation>
    </message>
    <message>
        <source>Empowerment</source>
        <translation>Empowerment</translation>
    </message>
    <message>
        <source>Ontmoeting</source>
        <translation>Meeting people</translation>
    </message>
    <message>
        <source>Deelnemer</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Vertrouwenspersoon</source>
        <translation>Confidant</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Gedaan</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Vervallen</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Vrijwilligerswerk</source>
        <translation>Volunteering</translation>
    </message>
    <message>
        <source>Wonen</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>De gegevens zijn verwijderd, maar een ander programma leest het gegevensbestand nog (bijvoorbeeld een back-up). De oude gegevens worden pas overschreven als dat programma klaar is.</source>
        <translation>The data has been removed, but another program is still reading the data file (a back-up, for example). The old data is overwritten only once that program is done.</translation>
    </message>
    <message>
        <source>Deze bewoner bestaat niet (meer).</source>
        <translation>This resident does not exist (any more).</translation>
    </message>
    <message>
        <source>Vul de naam van de organisatie in.</source>
        <translation>Fill in the organisation's name.</translation>
    </message>
    <message>
        <source>Onbekende richting: {direction}.</source>
        <translation>Unknown direction: {direction}.</translation>
    </message>
    <message>
        <source>Deze organisatie bestaat niet (meer).</source>
        <translation>This organisation does not exist (any more).</translation>
    </message>
    <message>
        <source>Deze doorverwijzing bestaat niet (meer).</source>
        <translation>This referral does not exist (any more).</translation>
    </message>
    <message>
        <source>Vul de naam van de bewoner in.</source>
        <translation>Fill in the resident's name.</translation>
    </message>
    <message>
        <source>Zonder toestemming van de bewoner wordt geen naam bewaard; registreer anoniem.</source>
        <translation>Without the resident's consent no name is kept; register anonymously.</translation>
    </message>
    <message>
        <source>Er is geen toestemming vastgelegd voor bewoner nr. {number}; registreer het bezoek anoniem.</source>
        <translation>No consent is on record for resident no. {number}; register the visit anonymously.</translation>
    </message>
    <message>
        <source>Vul de hulpvraag in.</source>
        <translation>Fill in the question for help.</translation>
    </message>
    <message>
        <source>Vul in wat er is afgesproken.</source>
        <translation>Fill in what was agreed.</translation>
    </message>
    <message>
        <source>Houd het kort: hoogstens {max} tekens (nu {count}).</source>
        <translation>Keep it short: at most {max} characters (now {count}).</translation>
    </message>
    <message>
        <source>Dit traject bestaat niet (meer).</source>
        <translation>This traject does not exist (any more).</translation>
    </message>
    <message>
        <source>Deze hulpvraag bestaat niet (meer).</source>
        <translation>This question for help does not exist (any more).</translation>
    </message>
    <message>
        <source>Kies wie het doet.</source>
        <translation>Choose who does it.</translation>
    </message>
    <message>
        <source>Kies de organisatie die het doet.</source>
        <translation>Choose the organisation that does it.</translation>
    </message>
    <message>
        <source>Vul in wanneer het gedaan moet zijn.</source>
        <translation>Fill in when it must be done.</translation>
    </message>
    <message>
        <source>De datum ligt voor het begin van het traject ({date}).</source>
        <translation>The date is before the start of the traject ({date}).</translation>
    </message>
    <message>
        <source>Onbekende stand van een afspraak: {status}.</source>
        <translation>Unknown status of an agreement: {status}.</translation>
    </message>
    <message>
        <source>Dit traject is al afgesloten op {date}.</source>
        <translation>This traject was already closed on {date}.</translation>
    </message>
    <message>
        <source>Kies minstens één thema.</source>
        <translation>Choose at least one theme.</translation>
    </message>
    <message>
        <source>De tijd moet tussen 0 en {most} minuten liggen.</source>
        <translation>The time must be between 0 and {most} minutes.</translation>
    </message>
    <message>
        <source>De opvolgdatum ligt vóór de datum van het bezoek.</source>
        <translation>The follow-up date is before the date of the visit.</translation>
    </message>
    <message>
        <source>Dit bezoek bestaat niet (meer).</source>
        <translation>This visit does not exist (any more).</translation>
    </message>
    <message>
        <source>geopend</source>
        <translation>opened</translation>
    </message>
    <message>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>geëxporteerd</source>
        <translation>exported</translation>
    </message>
    <message>
        <source>verwijderd</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>geanonimiseerd</source>
        <translation>anonymised</translation>
    </message>
    <message>
        <source>aangemaakt</source>
        <translation>created</translation>
    </message>
    <message>
        <source>ontgrendeld</source>
        <translation>unlocked</translation>
    </message>
    <message>
        <source>pincode ingesteld</source>
        <translation>PIN set</translation>
    </message>
    <message>
        <source>pincode gewijzigd</source>
        <translation>PIN changed</translation>
    </message>
    <message>
        <source>pincode opnieuw ingesteld</source>
        <translation>PIN reset</translation>
    </message>
    <message>
        <source>te vaak een verkeerde pincode</source>
        <translation>too many wrong PINs</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden geschreven: {reason}</source>
        <translation>The file could not be written: {reason}</translation>
    </message>
    <message>
        <source>Deze persoon werkt niet (meer) in het spreekuur.</source>
        <translation>This person does not (or no longer) work in the spreekuur.</translation>
    </message>
    <message>
        <source>{name} heeft nog geen pincode; de coördinator stelt die in.</source>
        <translation>{name} has no PIN yet; the coordinator sets one.</translation>
    </message>
    <message>
        <source>Er is al een pincode voor de coördinator.</source>
        <translation>The coordinator already has a PIN.</translation>
    </message>
    <message>
        <source>De huidige pincode klopt niet; de pincode is niet gewijzigd.</source>
        <translation>The current PIN is not right; the PIN has not been changed.</translation>
    </message>
    <message>
        <source>Alleen de coördinator stelt pincodes van anderen in.</source>
        <translation>Only the coordinator sets other people's PINs.</translation>
    </message>
    <message>
        <source>gepland</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>gehouden</source>
        <translation>held</translation>
    </message>
    <message>
        <source>niet verschenen</source>
        <translation>did not show</translation>
    </message>
    <message>
        <source>geannuleerd</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Kies de vaste vertrouwenspersoon van dit traject.</source>
        <translation>Choose the fixed confidant of this traject.</translation>
    </message>
    <message>
        <source>Dit traject heeft al een vaste vertrouwenspersoon; de afspraak is met {name}.</source>
        <translation>This traject already has a fixed confidant; the appointment is with {name}.</translation>
    </message>
    <message>
        <source>Een afspraak duurt 5 tot {most} minuten.</source>
        <translation>An appointment lasts 5 to {most} minutes.</translation>
    </message>
    <message>
        <source>De afspraak moet op dezelfde dag eindigen.</source>
        <translation>The appointment must end on the same day.</translation>
    </message>
    <message>
        <source>{day} om {time} is al voorbij; kies een later moment voor de afspraak.</source>
        <translation>{day} at {time} has already passed; choose a later moment for the appointment.</translation>
    </message>
    <message>
        <source>{name} heeft op {day} van {start} tot {end} al een afspraak; kies een ander moment.</source>
        <translation>{name} already has an appointment on {day} from {start} to {end}; choose another moment.</translation>
    </message>
    <message>
        <source>Er is geen ruimte '{room}'; kies een ruimte.</source>
        <translation>There is no room '{room}'; choose a room.</translation>
    </message>
    <message>
        <source>Deze afspraak bestaat niet (meer).</source>
        <translation>This appointment does not exist (any more).</translation>
    </message>
    <message>
        <source>Deze afspraak is al {status}.</source>
        <translation>This appointment is already {status}.</translation>
    </message>
    <message>
        <source>Dit traject hoort niet meer bij een bewoner.</source>
        <translation>This traject no longer belongs to a resident.</translation>
    </message>
    <message>
        <source>Onbekende uitkomst '{value}'.</source>
        <translation>Unknown outcome '{value}'.</translation>
    </message>
    <message>
        <source>De afspraak begint pas {day} om {time}; leg daarna vast hoe het ging.</source>
        <translation>The appointment only starts on {day} at {time}; record how it went after that.</translation>
    </message>
    <message>
        <source>Dit traject heeft nog {count} geplande afspraak/afspraken (de eerste op {day}). Annuleer die of leg vast hoe ze gingen, en sluit het traject dan af.</source>
        <translation>This traject still has {count} planned appointment(s) (the first on {day}). Cancel them or record how they went, then close the traject.</translation>
    </message>
    <message>
        <source>Vraag eerst of de deelnemer toestemming geeft om de gegevens door te geven, en vul het in.</source>
        <translation>First ask whether the participant consents to passing on their details, and fill it in.</translation>
    </message>
    <message>
        <source>Zonder toestemming van de deelnemer wordt er niets doorgegeven.</source>
        <translation>Without the participant's consent nothing is passed on.</translation>
    </message>
</context>
<context>
    <name>toeleiding</name>
    <message>
        <source>ingeschreven</source>
        <translation>registered</translation>
    </message>
    <message>
        <source>op de wachtlijst</source>
        <translation>on the waiting list</translation>
    </message>
    <message>
        <source>gestopt met de activiteit</source>
        <translation>left the activity</translation>
    </message>
    <message>
        <source>voorgesteld</source>
        <translation>proposed</translation>
    </message>
    <message>
        <source>niet meer in de lijst</source>
        <translation>no longer in the list</translation>
    </message>
</context>
</TS>
