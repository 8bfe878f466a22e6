<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>RoosterPage</name>
    <message>
        <source>Ruimtes</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>Ruimte</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Capaciteit</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Rolstoeltoegankelijk</source>
        <translation>Wheelchair accessible</translation>
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
        <source>Bijzonderheden</source>
        <translation>Notes</translation>
    </message>
</context>
</TS>
