<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>ActiviteitenPage</name>
    <message>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Hier komt het activiteitenprogramma: deelnemers, presentielijsten en aanwezigheid.</source>
        <translation>The activity programme will be here: participants, attendance lists and attendance.</translation>
    </message>
</context>
</TS>
