<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <source>&amp;Read aloud</source>
        <translation>&amp;Oplæsning</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>Choose document…</source>
        <translation>Vælg dokument…</translation>
    </message>
    <message>
        <source>Choose which of the documents in the content folder to read.</source>
        <translation>Vælg hvilket af dokumenterne i indholdsmappen du vil læse.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <source>Close Herning Læser.</source>
        <translation>Luk Herning Læser.</translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>Indholdsfortegnelse</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the table of contents.</source>
        <translation>Flyt tastaturfokus til indholdsfortegnelsen.</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Dokumentets tekst</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the document text.</source>
        <translation>Flyt tastaturfokus til dokumentets tekst.</translation>
    </message>
    <message>
        <source>About Herning Læser</source>
        <translation>Om Herning Læser</translation>
    </message>
    <message>
        <source>Show the program&apos;s version and the document&apos;s source.</source>
        <translation>Vis programmets version og dokumentets kilde.</translation>
    </message>
</context>
<context>
    <name>ContentsPane</name>
    <message>
        <source>Theme {number}: {title}</source>
        <translation>Tema {number}: {title}</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Indhold</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Indhold</translation>
    </message>
    <message>
        <source>Choose a section to move the text there.</source>
        <translation>Vælg et afsnit for at flytte teksten dertil.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The document could not be shown.</source>
        <translation>Dokumentet kunne ikke vises.</translation>
    </message>
    <message>
        <source>The content has {count} problem(s): {first}</source>
        <translation>Indholdet har {count} problem(er): {first}</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Værktøjslinje</translation>
    </message>
    <message>
        <source>About Herning Læser</source>
        <translation>Om Herning Læser</translation>
    </message>
    <message>
        <source>Herning Læser {version}
An accessible reader for Herning Kommune&apos;s Børne- og Ungepolitik.

Document: {source}</source>
        <translation>Herning Læser {version}
En tilgængelig læser til Herning Kommunes Børne- og Ungepolitik.

Dokument: {source}</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <source>Document text</source>
        <translation>Dokumentets tekst</translation>
    </message>
</context>
</TS>
