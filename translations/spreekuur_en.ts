<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>SpreekuurPage</name>
    <message>
        <source>Spreekuur</source>
        <translation>Consultation hours</translation>
    </message>
    <message>
        <source>Hier komt de intake van het inloopspreekuur: hulpvragen, thema's, doorverwijzingen en opvolging.</source>
        <translation>Intake at the walk-in consultation hours will be here: questions, themes, referrals and follow-up.</translation>
    </message>
</context>
</TS>
