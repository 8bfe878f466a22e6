<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>MonthPackDialog</name>
    <message>
        <source>Maandoverzicht regiegroep</source>
        <translation>Regiegroep month pack</translation>
    </message>
    <message>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Ook de cijfers als Excel-bestand</source>
        <translation>Also the figures as an Excel file</translation>
    </message>
    <message>
        <source>Openen na het opslaan</source>
        <translation>Open after saving</translation>
    </message>
    <message>
        <source>Opslaan als pdf…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Maandoverzicht opslaan</source>
        <translation>Save month pack</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Maandoverzicht wordt gemaakt…</source>
        <translation>Making the month pack…</translation>
    </message>
    <message>
        <source>Maandoverzicht opgeslagen: {file}</source>
        <translation>Month pack saved: {file}</translation>
    </message>
</context>
</TS>
