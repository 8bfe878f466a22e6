<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>VrijwilligersPage</name>
    <message>
        <source>Vrijwilligers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Hier komen de vrijwilligers: rollen, beschikbaarheid, trainingen, certificaten (VOG, BHV) en uren.</source>
        <translation>The volunteers will be here: roles, availability, trainings, certificates (VOG, BHV) and hours.</translation>
    </message>
</context>
</TS>
