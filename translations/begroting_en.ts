<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>BegrotingPage</name>
    <message>
        <source>Begroting</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Hier komt de begroting: posten, realisatie en het fonds voor bewonersinitiatieven.</source>
        <translation>The budget will be here: lines, actuals and the residents' initiatives fund.</translation>
    </message>
</context>
</TS>
