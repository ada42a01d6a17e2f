<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AccessFeatures</name>
    <message>
        <source>Profile chosen: {name}</source>
        <translation>Profil valgt: {name}</translation>
    </message>
    <message>
        <source>Reading aloud is not available on this computer.</source>
        <translation>Oplæsning findes ikke på denne computer.</translation>
    </message>
</context>
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
        <source>Larger text</source>
        <translation>Større tekst</translation>
    </message>
    <message>
        <source>Make the text one step larger.</source>
        <translation>Gør teksten et trin større.</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Større</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Mindre tekst</translation>
    </message>
    <message>
        <source>Make the text one step smaller.</source>
        <translation>Gør teksten et trin mindre.</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Mindre</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Normal tekststørrelse</translation>
    </message>
    <message>
        <source>Set the text to its normal size.</source>
        <translation>Sæt teksten tilbage til normal størrelse.</translation>
    </message>
    <message>
        <source>Larger menus and buttons</source>
        <translation>Større menuer og knapper</translation>
    </message>
    <message>
        <source>Make the menus, buttons and table of contents one step larger.</source>
        <translation>Gør menuer, knapper og indholdsfortegnelse et trin større.</translation>
    </message>
    <message>
        <source>Smaller menus and buttons</source>
        <translation>Mindre menuer og knapper</translation>
    </message>
    <message>
        <source>Make the menus, buttons and table of contents one step smaller.</source>
        <translation>Gør menuer, knapper og indholdsfortegnelse et trin mindre.</translation>
    </message>
    <message>
        <source>Next colour theme</source>
        <translation>Næste farvetema</translation>
    </message>
    <message>
        <source>Change to the next colour theme.</source>
        <translation>Skift til det næste farvetema.</translation>
    </message>
    <message>
        <source>Show numbers</source>
        <translation>Vis numre</translation>
    </message>
    <message>
        <source>Show the number of each commitment (2.3: theme 2, commitment 3) and quote (C2.1) before it.</source>
        <translation>Vis nummeret foran hvert tilsagn (2.3: tema 2, tilsagn 3) og hvert citat (C2.1).</translation>
    </message>
    <message>
        <source>Line focus</source>
        <translation>Linjefokus</translation>
    </message>
    <message>
        <source>Dim every line but 1, 3 or 5 around the caret (also while reading aloud); the key goes to the next choice.</source>
        <translation>Dæmp alle linjer undtagen 1, 3 eller 5 omkring markøren (også under oplæsning); tasten skifter til næste valg.</translation>
    </message>
    <message>
        <source>Display settings…</source>
        <translation>Visning…</translation>
    </message>
    <message>
        <source>Choose colours, font, text size and spacing.</source>
        <translation>Vælg farver, skrifttype, tekststørrelse og afstande.</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Visning</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Nulstil visning</translation>
    </message>
    <message>
        <source>Put colours, font, text size and spacing back as they were at first.</source>
        <translation>Sæt farver, skrifttype, tekststørrelse og afstande tilbage, som de var fra starten.</translation>
    </message>
    <message>
        <source>Show table of contents</source>
        <translation>Vis indholdsfortegnelse</translation>
    </message>
    <message>
        <source>Show or hide the table of contents beside the text. Where the window is too narrow for both, it is hidden by itself.</source>
        <translation>Vis eller skjul indholdsfortegnelsen ved siden af teksten. Er vinduet for smalt til begge, skjules den af sig selv.</translation>
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
        <source>Next pane</source>
        <translation>Næste rude</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next pane: contents, text, search, toolbars.</source>
        <translation>Flyt tastaturfokus til næste rude: indhold, tekst, søgning, værktøjslinjer.</translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation>Forrige rude</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous pane.</source>
        <translation>Flyt tastaturfokus til forrige rude.</translation>
    </message>
    <message>
        <source>Next theme</source>
        <translation>Næste tema</translation>
    </message>
    <message>
        <source>Move to the heading of the next theme.</source>
        <translation>Gå til overskriften på det næste tema.</translation>
    </message>
    <message>
        <source>Previous theme</source>
        <translation>Forrige tema</translation>
    </message>
    <message>
        <source>Move to the heading of this or the previous theme.</source>
        <translation>Gå til overskriften på dette eller det forrige tema.</translation>
    </message>
    <message>
        <source>Next quote</source>
        <translation>Næste citat</translation>
    </message>
    <message>
        <source>Move to the next quote.</source>
        <translation>Gå til det næste citat.</translation>
    </message>
    <message>
        <source>Previous quote</source>
        <translation>Forrige citat</translation>
    </message>
    <message>
        <source>Move to the previous quote.</source>
        <translation>Gå til det forrige citat.</translation>
    </message>
    <message>
        <source>Next “We will” list</source>
        <translation>Næste “Vi vil”-liste</translation>
    </message>
    <message>
        <source>Move to the next list of commitments (“We will”).</source>
        <translation>Gå til den næste liste med “Vi vil”.</translation>
    </message>
    <message>
        <source>Previous “We will” list</source>
        <translation>Forrige “Vi vil”-liste</translation>
    </message>
    <message>
        <source>Move to the previous list of commitments (“We will”).</source>
        <translation>Gå til den forrige liste med “Vi vil”.</translation>
    </message>
    <message>
        <source>Next paragraph</source>
        <translation>Næste afsnit</translation>
    </message>
    <message>
        <source>Move to the start of the next paragraph.</source>
        <translation>Gå til starten af det næste afsnit.</translation>
    </message>
    <message>
        <source>Previous paragraph</source>
        <translation>Forrige afsnit</translation>
    </message>
    <message>
        <source>Move to the start of this or the previous paragraph.</source>
        <translation>Gå til starten af dette eller det forrige afsnit.</translation>
    </message>
    <message>
        <source>Theme 1</source>
        <translation>Tema 1</translation>
    </message>
    <message>
        <source>Move to the heading of theme 1.</source>
        <translation>Gå til overskriften på tema 1.</translation>
    </message>
    <message>
        <source>Theme 2</source>
        <translation>Tema 2</translation>
    </message>
    <message>
        <source>Move to the heading of theme 2.</source>
        <translation>Gå til overskriften på tema 2.</translation>
    </message>
    <message>
        <source>Theme 3</source>
        <translation>Tema 3</translation>
    </message>
    <message>
        <source>Move to the heading of theme 3.</source>
        <translation>Gå til overskriften på tema 3.</translation>
    </message>
    <message>
        <source>Theme 4</source>
        <translation>Tema 4</translation>
    </message>
    <message>
        <source>Move to the heading of theme 4.</source>
        <translation>Gå til overskriften på tema 4.</translation>
    </message>
    <message>
        <source>Start of document</source>
        <translation>Begyndelsen af dokumentet</translation>
    </message>
    <message>
        <source>Move to the start of the document.</source>
        <translation>Gå til begyndelsen af dokumentet.</translation>
    </message>
    <message>
        <source>End of document</source>
        <translation>Slutningen af dokumentet</translation>
    </message>
    <message>
        <source>Move to the end of the document.</source>
        <translation>Gå til slutningen af dokumentet.</translation>
    </message>
    <message>
        <source>Where am I?</source>
        <translation>Hvor er jeg?</translation>
    </message>
    <message>
        <source>Tell where the caret is: section, paragraph, quote.</source>
        <translation>Fortæl hvor markøren er: afsnit, tekststykke, citat.</translation>
    </message>
    <message>
        <source>Go to number…</source>
        <translation>Gå til nummer…</translation>
    </message>
    <message>
        <source>Go to a commitment or a quote by its number (2.3, C2.1), or to a theme (2).</source>
        <translation>Gå til et tilsagn eller et citat ud fra dets nummer (2.3, C2.1) eller til et tema (2).</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Søg…</translation>
    </message>
    <message>
        <source>Open the search field; typing there highlights every hit in the text.</source>
        <translation>Åbn søgefeltet; det du skriver der, fremhæves overalt i teksten.</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation>Næste fund</translation>
    </message>
    <message>
        <source>Move to the next hit of the search.</source>
        <translation>Gå til næste fund af søgningen.</translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation>Forrige fund</translation>
    </message>
    <message>
        <source>Move to the previous hit of the search.</source>
        <translation>Gå til forrige fund af søgningen.</translation>
    </message>
    <message>
        <source>Close search</source>
        <translation>Luk søgning</translation>
    </message>
    <message>
        <source>Close the search field and return to where you were.</source>
        <translation>Luk søgefeltet og vend tilbage til, hvor du var.</translation>
    </message>
    <message>
        <source>Read this theme aloud</source>
        <translation>Læs dette tema op</translation>
    </message>
    <message>
        <source>Read the theme (or section) the caret is in aloud, from its heading.</source>
        <translation>Læs temaet (eller afsnittet), som markøren står i, op fra overskriften.</translation>
    </message>
    <message>
        <source>Read theme</source>
        <translation>Læs tema</translation>
    </message>
    <message>
        <source>Read from here to the end</source>
        <translation>Læs herfra til slutningen</translation>
    </message>
    <message>
        <source>Read aloud from the caret to the end of the document.</source>
        <translation>Læs op fra markøren til slutningen af dokumentet.</translation>
    </message>
    <message>
        <source>Read from here</source>
        <translation>Læs herfra</translation>
    </message>
    <message>
        <source>Continue reading aloud</source>
        <translation>Fortsæt oplæsning</translation>
    </message>
    <message>
        <source>Read aloud from the start of the sentence you are in to the end: where you were when you last closed Herning Læser, or where the reading stopped.</source>
        <translation>Læs op fra begyndelsen af den sætning, du er i, og til slutningen: der hvor du var, da du sidst lukkede Herning Læser, eller der hvor oplæsningen stoppede.</translation>
    </message>
    <message>
        <source>Read the selection</source>
        <translation>Læs det markerede</translation>
    </message>
    <message>
        <source>Read the selected text aloud.</source>
        <translation>Læs den markerede tekst op.</translation>
    </message>
    <message>
        <source>Read all quotes</source>
        <translation>Læs alle citater</translation>
    </message>
    <message>
        <source>Read every quote of the document aloud, each introduced with who said it.</source>
        <translation>Læs alle dokumentets citater op, hver med hvem der har sagt det.</translation>
    </message>
    <message>
        <source>Read the quotes of this theme</source>
        <translation>Læs temaets citater</translation>
    </message>
    <message>
        <source>Read the quotes of the theme the caret is in aloud.</source>
        <translation>Læs citaterne i det tema, som markøren står i, op.</translation>
    </message>
    <message>
        <source>Read the “We will” list</source>
        <translation>Læs »Vi vil«-listen</translation>
    </message>
    <message>
        <source>Read the commitments (“We will”) of the theme the caret is in aloud.</source>
        <translation>Læs »Vi vil«-listen i det tema, som markøren står i, op.</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pause eller fortsæt</translation>
    </message>
    <message>
        <source>Pause the reading, or go on where it paused (Space works while reading).</source>
        <translation>Hold pause i oplæsningen, eller fortsæt hvor den holdt pause (mellemrum virker under oplæsning).</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Stop oplæsning</translation>
    </message>
    <message>
        <source>Stop reading aloud at once.</source>
        <translation>Stop oplæsningen med det samme.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Previous sentence</source>
        <translation>Forrige sætning</translation>
    </message>
    <message>
        <source>While reading: start this sentence again, or go to the one before.</source>
        <translation>Under oplæsning: start sætningen forfra, eller gå til den forrige.</translation>
    </message>
    <message>
        <source>Next sentence</source>
        <translation>Næste sætning</translation>
    </message>
    <message>
        <source>While reading: skip to the next sentence.</source>
        <translation>Under oplæsning: spring til næste sætning.</translation>
    </message>
    <message>
        <source>Previous paragraph (reading)</source>
        <translation>Forrige afsnit (oplæsning)</translation>
    </message>
    <message>
        <source>While reading: start this paragraph again, or go to the one before.</source>
        <translation>Under oplæsning: start afsnittet forfra, eller gå til det forrige.</translation>
    </message>
    <message>
        <source>Next paragraph (reading)</source>
        <translation>Næste afsnit (oplæsning)</translation>
    </message>
    <message>
        <source>While reading: skip to the next paragraph.</source>
        <translation>Under oplæsning: spring til næste afsnit.</translation>
    </message>
    <message>
        <source>Previous section (reading)</source>
        <translation>Forrige tema eller del (oplæsning)</translation>
    </message>
    <message>
        <source>While reading: start this theme or section again, or go to the one before.</source>
        <translation>Under oplæsning: start temaet (eller delen) forfra, eller gå til det forrige.</translation>
    </message>
    <message>
        <source>Next section (reading)</source>
        <translation>Næste tema eller del (oplæsning)</translation>
    </message>
    <message>
        <source>While reading: go on reading from the next theme or section.</source>
        <translation>Under oplæsning: læs videre fra det næste tema (eller den næste del).</translation>
    </message>
    <message>
        <source>Read faster</source>
        <translation>Læs hurtigere</translation>
    </message>
    <message>
        <source>Speak one step faster (up to about three times the normal speed).</source>
        <translation>Tal et trin hurtigere (op til omkring tre gange den normale hastighed).</translation>
    </message>
    <message>
        <source>Speak one step slower (down to about half the normal speed).</source>
        <translation>Tal et trin langsommere (ned til omkring halvdelen af den normale hastighed).</translation>
    </message>
    <message>
        <source>Mark the sentence and the word being read with a coloured background, an underline or not at all; the key goes to the next choice.</source>
        <translation>Markér sætningen og ordet, der læses op, med farvet baggrund, understregning eller slet ikke; tasten skifter til næste valg.</translation>
    </message>
    <message>
        <source>Who said a quote</source>
        <translation>Hvem der har sagt citatet</translation>
    </message>
    <message>
        <source>Read who said a quote before it, after it, or not at all.</source>
        <translation>Læs hvem der har sagt et citat før citatet, efter det eller slet ikke.</translation>
    </message>
    <message>
        <source>Read “We will:”</source>
        <translation>Læs “Vi vil:”</translation>
    </message>
    <message>
        <source>Read the heading “We will:” before each list of commitments.</source>
        <translation>Læs overskriften “Vi vil:” før hver liste med tilsagn.</translation>
    </message>
    <message>
        <source>Read list numbers</source>
        <translation>Læs listenumre</translation>
    </message>
    <message>
        <source>Read the number of each item of a numbered list, and of each commitment (2.3) and quote (C2.1).</source>
        <translation>Læs nummeret på hvert punkt i en nummereret liste og på hvert tilsagn (2.3) og citat (C2.1).</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Hurtigere</translation>
    </message>
    <message>
        <source>Read slower</source>
        <translation>Læs langsommere</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Langsommere</translation>
    </message>
    <message>
        <source>Normal speed</source>
        <translation>Normal hastighed</translation>
    </message>
    <message>
        <source>Speak at the normal speed again.</source>
        <translation>Tal med normal hastighed igen.</translation>
    </message>
    <message>
        <source>Highlight while reading</source>
        <translation>Fremhæv under oplæsning</translation>
    </message>
    <message>
        <source>Choose voice…</source>
        <translation>Vælg stemme…</translation>
    </message>
    <message>
        <source>Choose the voice that reads aloud among the installed voices.</source>
        <translation>Vælg blandt de installerede stemmer, hvilken der læser op.</translation>
    </message>
    <message>
        <source>Save as sound file…</source>
        <translation>Gem som lydfil…</translation>
    </message>
    <message>
        <source>Save the whole policy read aloud as a WAV sound file to listen to later.</source>
        <translation>Gem hele politikken læst op som en WAV-lydfil, du kan lytte til senere.</translation>
    </message>
    <message>
        <source>Built-in speech</source>
        <translation>Indbygget tale</translation>
    </message>
    <message>
        <source>Turn the app&apos;s own voice on or off: it speaks every control, message and line of text, for use without a screen reader.</source>
        <translation>Slå programmets egen stemme til eller fra: den siger hver knap, besked og tekstlinje, til brug uden skærmlæser.</translation>
    </message>
    <message>
        <source>Say that again</source>
        <translation>Sig det igen</translation>
    </message>
    <message>
        <source>Built-in speech: say again what was said last.</source>
        <translation>Indbygget tale: sig det sidste igen.</translation>
    </message>
    <message>
        <source>Stop speaking</source>
        <translation>Stop talen</translation>
    </message>
    <message>
        <source>Built-in speech: be quiet at once. Ctrl pressed on its own does the same, and any other key interrupts it too.</source>
        <translation>Indbygget tale: ti stille med det samme. Ctrl alene gør det samme, og enhver anden tast afbryder den også.</translation>
    </message>
    <message>
        <source>Access profiles…</source>
        <translation>Adgangsprofiler…</translation>
    </message>
    <message>
        <source>Choose a ready-made setup in one key press: standard, large text, high contrast, read aloud.</source>
        <translation>Vælg en færdig opsætning med ét tastetryk: standard, stor tekst, høj kontrast, oplæsning.</translation>
    </message>
    <message>
        <source>På dansk</source>
        <translation>In English</translation>
    </message>
    <message>
        <source>Switch the interface language between Danish and English.</source>
        <translation>Skift sprog i brugerfladen mellem dansk og engelsk.</translation>
    </message>
    <message>
        <source>Large-print copy…</source>
        <translation>Kopi med stor skrift…</translation>
    </message>
    <message>
        <source>Print the whole policy or one theme in large print, or save it as a PDF file.</source>
        <translation>Udskriv hele politikken eller ét tema med stor skrift, eller gem det som PDF-fil.</translation>
    </message>
    <message>
        <source>Print the whole policy or one theme in large print.</source>
        <translation>Udskriv hele politikken eller ét tema med stor skrift.</translation>
    </message>
    <message>
        <source>Save as talking book (EPUB)…</source>
        <translation>Gem som lydbog med tekst (EPUB)…</translation>
    </message>
    <message>
        <source>Save the whole policy as an EPUB 3 book whose text is highlighted in step with the narration, for DAISY players and library reading apps.</source>
        <translation>Gem hele politikken som EPUB 3-bog, hvor teksten fremhæves i takt med oplæsningen, til DAISY-afspillere og bibliotekernes læse-apps.</translation>
    </message>
    <message>
        <source>Save as MP3 audiobook…</source>
        <translation>Gem som MP3-lydbog…</translation>
    </message>
    <message>
        <source>Save the whole policy read aloud as one MP3 file with a chapter for each section.</source>
        <translation>Gem hele politikken læst op som én MP3-fil med et kapitel for hvert afsnit.</translation>
    </message>
    <message>
        <source>Keyboard commands</source>
        <translation>Tastaturkommandoer</translation>
    </message>
    <message>
        <source>List every command with its keys.</source>
        <translation>Vis alle kommandoer med deres taster.</translation>
    </message>
    <message>
        <source>Describe keys</source>
        <translation>Beskriv taster</translation>
    </message>
    <message>
        <source>Until Esc, say what each key does instead of doing it.</source>
        <translation>Indtil Esc: fortæl hvad hver tast gør i stedet for at gøre det.</translation>
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
        <source>&amp;Contents</source>
        <translation>&amp;Indhold</translation>
    </message>
    <message>
        <source>Choose a section to move the text there.</source>
        <translation>Vælg et afsnit for at flytte teksten dertil.</translation>
    </message>
</context>
<context>
    <name>ContentsToggle</name>
    <message>
        <source>Table of contents shown.</source>
        <translation>Indholdsfortegnelsen vises.</translation>
    </message>
    <message>
        <source>Table of contents hidden to give the text room. {key} shows it.</source>
        <translation>Indholdsfortegnelsen er skjult for at give teksten plads. {key} viser den.</translation>
    </message>
    <message>
        <source>Table of contents hidden.</source>
        <translation>Indholdsfortegnelsen er skjult.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Cancelled: {path} was not saved, and an earlier file is untouched.</source>
        <translation>Annulleret: {path} blev ikke gemt, og en tidligere fil er urørt.</translation>
    </message>
    <message>
        <source>{path} was not saved: the export stopped unexpectedly (exit status {code}).</source>
        <translation>{path} blev ikke gemt: eksporten stoppede uventet (slutstatus {code}).</translation>
    </message>
    <message>
        <source>{path} was not saved: the export could not be started ({detail}).</source>
        <translation>{path} blev ikke gemt: eksporten kunne ikke startes ({detail}).</translation>
    </message>
    <message>
        <source>Save the policy as a talking book (EPUB)</source>
        <translation>Gem politikken som lydbog med tekst (EPUB)</translation>
    </message>
    <message>
        <source>EPUB books (*.epub)</source>
        <translation>EPUB-bøger (*.epub)</translation>
    </message>
    <message>
        <source>Save the policy as a sound file</source>
        <translation>Gem politikken som lydfil</translation>
    </message>
    <message>
        <source>WAV sound (*.wav)</source>
        <translation>WAV-lyd (*.wav)</translation>
    </message>
    <message>
        <source>Save the policy as an MP3 audiobook</source>
        <translation>Gem politikken som MP3-lydbog</translation>
    </message>
    <message>
        <source>MP3 sound (*.mp3)</source>
        <translation>MP3-lyd (*.mp3)</translation>
    </message>
    <message>
        <source>Another file is still being saved. Wait for it, or cancel it first.</source>
        <translation>En anden fil bliver stadig gemt. Vent på den, eller annullér den først.</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Gemmer {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Gemmer</translation>
    </message>
    <message>
        <source>Saving {name}</source>
        <translation>Gemmer {name}</translation>
    </message>
    <message>
        <source>Saving {name}: {percent} %</source>
        <translation>Gemmer {name}: {percent} %</translation>
    </message>
</context>
<context>
    <name>GoToNumberDialog</name>
    <message>
        <source>Go to number</source>
        <translation>Gå til nummer</translation>
    </message>
    <message>
        <source>&amp;Number of a commitment (2.3), a quote (C2.1) or a theme (2):</source>
        <translation>&amp;Nummer på et tilsagn (2.3), et citat (C2.1) eller et tema (2):</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>in the text</source>
        <translation>i teksten</translation>
    </message>
    <message>
        <source>in the search field</source>
        <translation>i søgefeltet</translation>
    </message>
    <message>
        <source>Move to the next control.</source>
        <translation>Gå til næste kontrol.</translation>
    </message>
    <message>
        <source>Move to the previous control.</source>
        <translation>Gå til forrige kontrol.</translation>
    </message>
    <message>
        <source>In the text: the line above. In the contents: the section above.</source>
        <translation>I teksten: linjen ovenfor. I indholdsfortegnelsen: afsnittet ovenfor.</translation>
    </message>
    <message>
        <source>In the text: the line below. In the contents: the section below.</source>
        <translation>I teksten: linjen nedenfor. I indholdsfortegnelsen: afsnittet nedenfor.</translation>
    </message>
    <message>
        <source>In the text: the character before the caret.</source>
        <translation>I teksten: tegnet før markøren.</translation>
    </message>
    <message>
        <source>In the text: the character after the caret.</source>
        <translation>I teksten: tegnet efter markøren.</translation>
    </message>
    <message>
        <source>In the text: the word before the caret.</source>
        <translation>I teksten: ordet før markøren.</translation>
    </message>
    <message>
        <source>In the text: the next word.</source>
        <translation>I teksten: det næste ord.</translation>
    </message>
    <message>
        <source>In the text: one screen up.</source>
        <translation>I teksten: en skærm op.</translation>
    </message>
    <message>
        <source>In the text: one screen down.</source>
        <translation>I teksten: en skærm ned.</translation>
    </message>
    <message>
        <source>In the text: the start of the line.</source>
        <translation>I teksten: starten af linjen.</translation>
    </message>
    <message>
        <source>In the text: the end of the line.</source>
        <translation>I teksten: slutningen af linjen.</translation>
    </message>
    <message>
        <source>Open the menu bar.</source>
        <translation>Åbn menulinjen.</translation>
    </message>
    <message>
        <source>{keys} ({place})</source>
        <translation>{keys} ({place})</translation>
    </message>
    <message>
        <source>Keyboard only</source>
        <translation>Kun fra tastaturet</translation>
    </message>
    <message>
        <source>Keyboard commands</source>
        <translation>Tastaturkommandoer</translation>
    </message>
    <message>
        <source>Every command of Herning Læser and its keys. Esc closes this window.</source>
        <translation>Alle kommandoer i Herning Læser og deres taster. Esc lukker vinduet.</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Hvad den gør</translation>
    </message>
    <message>
        <source>(Not available now.)</source>
        <translation>(Ikke tilgængelig lige nu.)</translation>
    </message>
    <message>
        <source>Keys of every control</source>
        <translation>Taster i alle kontroller</translation>
    </message>
    <message>
        <source>Every command with its keys.</source>
        <translation>Alle kommandoer med deres taster.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Describing keys: press a key to hear what it does. Esc ends.</source>
        <translation>Tastebeskrivelse: tryk på en tast for at høre, hvad den gør. Esc afslutter.</translation>
    </message>
    <message>
        <source>Keys work again.</source>
        <translation>Tasterne virker igen.</translation>
    </message>
    <message>
        <source>{description} ({place})</source>
        <translation>{description} ({place})</translation>
    </message>
    <message>
        <source>{key}: no command.</source>
        <translation>{key}: ingen kommando.</translation>
    </message>
</context>
<context>
    <name>Interruption</name>
    <message>
        <source>Cancelled; no file was saved, and an earlier file is untouched.</source>
        <translation>Afbrudt; der er ikke gemt nogen fil, og en tidligere fil er urørt.</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Are you still there?</source>
        <translation>Er du der stadig?</translation>
    </message>
    <message>
        <source>Press a key to continue.</source>
        <translation>Tryk på en tast for at fortsætte.</translation>
    </message>
    <message>
        <source>The screen starts afresh in {seconds} seconds.</source>
        <translation>Skærmen starter forfra om {seconds} sekunder.</translation>
    </message>
    <message>
        <source>the command line (--kiosk; no configuration file)</source>
        <translation>kommandolinjen (--kiosk; ingen fil med indstillinger)</translation>
    </message>
    <message>
        <source>The public terminal was closed with the staff chord.</source>
        <translation>Den offentlige skærm blev lukket med personalets tastekombination.</translation>
    </message>
</context>
<context>
    <name>LargePrint</name>
    <message>
        <source>There is no theme {number}; the themes are numbered {numbers}.</source>
        <translation>Der er intet tema {number}; temaerne har numrene {numbers}.</translation>
    </message>
    <message>
        <source>{title} – page {page} of {pages}</source>
        <translation>{title} – side {page} af {pages}</translation>
    </message>
    <message>
        <source>{title}, theme {number}: {theme}</source>
        <translation>{title}, tema {number}: {theme}</translation>
    </message>
    <message>
        <source>The copy could not be started on {target}.</source>
        <translation>Kopien kunne ikke startes på {target}.</translation>
    </message>
</context>
<context>
    <name>LargePrintDialog</name>
    <message>
        <source>No printer is set up for this computer. Please ask the staff.</source>
        <translation>Der er ikke sat en printer op til denne computer. Spørg personalet.</translation>
    </message>
    <message>
        <source>The printer “{name}” cannot be found. Please ask the staff.</source>
        <translation>Printeren »{name}« kan ikke findes. Spørg personalet.</translation>
    </message>
    <message>
        <source>Large-print copy</source>
        <translation>Kopi med stor skrift</translation>
    </message>
    <message>
        <source>&amp;What to copy:</source>
        <translation>&amp;Hvad skal med:</translation>
    </message>
    <message>
        <source>The whole policy</source>
        <translation>Hele politikken</translation>
    </message>
    <message>
        <source>Text size {size} pt, as on the screen; black text on white paper, A4.</source>
        <translation>Tekststørrelse {size} pt som på skærmen; sort tekst på hvidt papir, A4.</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Gem som PDF…</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Udskriv</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>Save large-print copy</source>
        <translation>Gem kopi med stor skrift</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {pages} page(s) in {path}.</source>
        <translation>Gemt {pages} side(r) i {path}.</translation>
    </message>
    <message>
        <source>Sent {pages} page(s) to the printer {printer}.</source>
        <translation>Sendt {pages} side(r) til printeren {printer}.</translation>
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
        <source>Please ask the staff.</source>
        <translation>Spørg personalet.</translation>
    </message>
    <message>
        <source>The content has {count} problem(s). Please ask the staff.</source>
        <translation>Indholdet har {count} problem(er). Spørg personalet.</translation>
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
    <name>Navigation</name>
    <message>
        <source>Theme {number} of {count}: {title}</source>
        <translation>Tema {number} af {count}: {title}</translation>
    </message>
    <message>
        <source>Quote {number} of {count} in {section}: {speaker}</source>
        <translation>Citat {number} af {count} i {section}: {speaker}</translation>
    </message>
    <message>
        <source>List “{label}” {number} of {count} in {section}</source>
        <translation>Listen “{label}” {number} af {count} i {section}</translation>
    </message>
    <message>
        <source>{kind} {number} of {count} in {section}</source>
        <translation>{kind} {number} af {count} i {section}</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Overskrift</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Afsnit</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>“We will” list</source>
        <translation>“Vi vil”-liste</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citat</translation>
    </message>
    <message>
        <source>Quote {number} of {count}: {speaker}</source>
        <translation>Citat {number} af {count}: {speaker}</translation>
    </message>
    <message>
        <source>{kind} {number} of {count}</source>
        <translation>{kind} {number} af {count}</translation>
    </message>
    <message>
        <source>“We will” list {number} of {count}</source>
        <translation>“Vi vil”-liste {number} af {count}</translation>
    </message>
    <message>
        <source>{kind} {number} of {count}, level {level}</source>
        <translation>{kind} {number} af {count}, niveau {level}</translation>
    </message>
    <message>
        <source>Number {number}</source>
        <translation>Nummer {number}</translation>
    </message>
    <message>
        <source>{percent} percent into the document</source>
        <translation>{percent} procent inde i dokumentet</translation>
    </message>
    <message>
        <source>Quote {number}: {speaker}</source>
        <translation>Citat {number}: {speaker}</translation>
    </message>
    <message>
        <source>“We will” {number}: {text}</source>
        <translation>“Vi vil” {number}: {text}</translation>
    </message>
    <message>
        <source>No next theme.</source>
        <translation>Ikke flere temaer.</translation>
    </message>
    <message>
        <source>No next quote.</source>
        <translation>Ikke flere citater.</translation>
    </message>
    <message>
        <source>No next “We will” list.</source>
        <translation>Ikke flere “Vi vil”-lister.</translation>
    </message>
    <message>
        <source>No next paragraph.</source>
        <translation>Ikke flere afsnit.</translation>
    </message>
    <message>
        <source>No previous theme.</source>
        <translation>Intet tidligere tema.</translation>
    </message>
    <message>
        <source>No previous quote.</source>
        <translation>Intet tidligere citat.</translation>
    </message>
    <message>
        <source>No previous “We will” list.</source>
        <translation>Ingen tidligere “Vi vil”-liste.</translation>
    </message>
    <message>
        <source>No previous paragraph.</source>
        <translation>Intet tidligere afsnit.</translation>
    </message>
    <message>
        <source>There is no theme {number}.</source>
        <translation>Der er intet tema {number}.</translation>
    </message>
    <message>
        <source>Start of the document: {title}</source>
        <translation>Begyndelsen af dokumentet: {title}</translation>
    </message>
    <message>
        <source>End of the document. {section}</source>
        <translation>Slutningen af dokumentet. {section}</translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation>Intet dokument er åbent.</translation>
    </message>
    <message>
        <source>There is no number “{typed}”. Type the number of a commitment ({first}), of a quote ({quote}) or of a theme.</source>
        <translation>Der er intet nummer “{typed}”. Skriv nummeret på et tilsagn ({first}), et citat ({quote}) eller et tema.</translation>
    </message>
    <message>
        <source>There is no number “{typed}”. This document has no numbered commitments or quotes; type the number of a theme.</source>
        <translation>Der er intet nummer “{typed}”. Dokumentet har ingen nummererede tilsagn eller citater; skriv nummeret på et tema.</translation>
    </message>
</context>
<context>
    <name>OptionCommands</name>
    <message>
        <source>on</source>
        <translation>til</translation>
    </message>
    <message>
        <source>off</source>
        <translation>fra</translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation>{name}: {value}</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Interface language</source>
        <translation>Sprog i brugerfladen</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Colour &amp;theme</source>
        <translation>&amp;Farvetema</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>TEMA</translation>
    </message>
    <message>
        <source>colour theme: {choices}</source>
        <translation>farvetema: {choices}</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>&amp;Tekststørrelse</translation>
    </message>
    <message>
        <source>PT</source>
        <translation>PT</translation>
    </message>
    <message>
        <source>text size in points, {low}-{high} (default {default})</source>
        <translation>tekststørrelse i punkter, {low}-{high} (standard {default})</translation>
    </message>
    <message>
        <source>&amp;Font</source>
        <translation>&amp;Skrifttype</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemets skrift</translation>
    </message>
    <message>
        <source>Serif (DejaVu Serif)</source>
        <translation>Med fødder (DejaVu Serif)</translation>
    </message>
    <message>
        <source>FONT</source>
        <translation>SKRIFT</translation>
    </message>
    <message>
        <source>font: {choices}</source>
        <translation>skrifttype: {choices}</translation>
    </message>
    <message>
        <source>&amp;No bold or italics</source>
        <translation>&amp;Ingen fed eller kursiv skrift</translation>
    </message>
    <message>
        <source>&amp;Line height</source>
        <translation>&amp;Linjehøjde</translation>
    </message>
    <message>
        <source>TIMES</source>
        <translation>GANGE</translation>
    </message>
    <message>
        <source>line height as times the text size, {low}-{high} (default {default})</source>
        <translation>linjehøjde som gange skriftstørrelsen, {low}-{high} (standard {default})</translation>
    </message>
    <message>
        <source>Space between &amp;letters</source>
        <translation>Afstand mellem &amp;bogstaver</translation>
    </message>
    <message>
        <source>% of text size</source>
        <translation>% af tekststørrelsen</translation>
    </message>
    <message>
        <source>Space between &amp;words</source>
        <translation>Afstand mellem &amp;ord</translation>
    </message>
    <message>
        <source>Space after &amp;paragraphs</source>
        <translation>Afstand efter &amp;afsnit</translation>
    </message>
    <message>
        <source>Longest line</source>
        <translation>Længste &amp;linje</translation>
    </message>
    <message>
        <source>&amp;characters</source>
        <translation>tegn</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> tegn</translation>
    </message>
    <message>
        <source>Size of &amp;menus and buttons</source>
        <translation>Størrelse på &amp;menuer og knapper</translation>
    </message>
    <message>
        <source>Show the n&amp;umbers of commitments and quotes</source>
        <translation>Vis &amp;numre på tilsagn og citater</translation>
    </message>
    <message>
        <source>Line f&amp;ocus</source>
        <translation>Lin&amp;jefokus</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 linje</translation>
    </message>
    <message>
        <source>3 lines</source>
        <translation>3 linjer</translation>
    </message>
    <message>
        <source>5 lines</source>
        <translation>5 linjer</translation>
    </message>
    <message>
        <source>LINES</source>
        <translation>LINJER</translation>
    </message>
    <message>
        <source>dim all but this many lines around the caret: {choices}</source>
        <translation>dæmp alle linjer undtagen så mange omkring markøren: {choices}</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Hastighed</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lydstyrke</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stemme</translation>
    </message>
    <message>
        <source>Highlight while reading</source>
        <translation>Fremhæv under oplæsning</translation>
    </message>
    <message>
        <source>Coloured background</source>
        <translation>Farvet baggrund</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Understregning</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Who said a quote</source>
        <translation>Hvem der har sagt citatet</translation>
    </message>
    <message>
        <source>Before the quote</source>
        <translation>Før citatet</translation>
    </message>
    <message>
        <source>After the quote</source>
        <translation>Efter citatet</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Læses ikke</translation>
    </message>
    <message>
        <source>Read the “We will:” headings</source>
        <translation>Læs overskrifterne “Vi vil:”</translation>
    </message>
    <message>
        <source>Read list numbers</source>
        <translation>Læs listenumre</translation>
    </message>
    <message>
        <source>&amp;Built-in speech: the app speaks what it shows</source>
        <translation>Indbygget tale: programmet siger, hvad det &amp;viser</translation>
    </message>
    <message>
        <source>built-in speech: the app itself speaks every control, message and line of text (for use without a screen reader)</source>
        <translation>indbygget tale: programmet siger selv hver knap, besked og tekstlinje (til brug uden skærmlæser)</translation>
    </message>
    <message>
        <source>{option}: &quot;{value}&quot; cannot be used. Valid values: {choices}.</source>
        <translation>{option}: »{value}« kan ikke bruges. Gyldige værdier: {choices}.</translation>
    </message>
    <message>
        <source>{option}: &quot;{value}&quot; cannot be used.</source>
        <translation>{option}: »{value}« kan ikke bruges.</translation>
    </message>
    <message>
        <source>{option}: &quot;{value}&quot; cannot be used. Valid values: a number from {low} to {high}.</source>
        <translation>{option}: »{value}« kan ikke bruges. Gyldige værdier: et tal fra {low} til {high}.</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>There is nothing to read here.</source>
        <translation>Der er intet at læse op her.</translation>
    </message>
    <message>
        <source>There is nothing more to read after the caret.</source>
        <translation>Der er ikke mere at læse op efter markøren.</translation>
    </message>
    <message>
        <source>Select some text first, then choose “Read the selection”.</source>
        <translation>Markér først noget tekst, og vælg så »Læs det markerede«.</translation>
    </message>
    <message>
        <source>The selection has nothing to read.</source>
        <translation>Det markerede indeholder intet at læse op.</translation>
    </message>
    <message>
        <source>This document has no quotes.</source>
        <translation>Dokumentet har ingen citater.</translation>
    </message>
    <message>
        <source>This part of the document has no quotes.</source>
        <translation>Denne del af dokumentet har ingen citater.</translation>
    </message>
    <message>
        <source>This part of the document has no “We will” list.</source>
        <translation>Denne del af dokumentet har ingen »Vi vil«-liste.</translation>
    </message>
    <message>
        <source>End of the document.</source>
        <translation>Slutningen af dokumentet.</translation>
    </message>
    <message>
        <source>Fastest speed: {rate} words per minute</source>
        <translation>Højeste hastighed: {rate} ord i minuttet</translation>
    </message>
    <message>
        <source>Slowest speed: {rate} words per minute</source>
        <translation>Laveste hastighed: {rate} ord i minuttet</translation>
    </message>
    <message>
        <source>Normal speed: {rate} words per minute</source>
        <translation>Normal hastighed: {rate} ord i minuttet</translation>
    </message>
    <message>
        <source>Speed: {rate} words per minute</source>
        <translation>Hastighed: {rate} ord i minuttet</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Fortsætter.</translation>
    </message>
    <message>
        <source>Reading aloud.</source>
        <translation>Læser op.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Pause.</translation>
    </message>
    <message>
        <source>Reading aloud stopped.</source>
        <translation>Oplæsningen er stoppet.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsæt</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <source>Document text</source>
        <translation>Dokumentets tekst</translation>
    </message>
</context>
<context>
    <name>Resume</name>
    <message>
        <source>Opened where you left off: {section}.</source>
        <translation>Åbnet hvor du slap: {section}.</translation>
    </message>
    <message>
        <source>{key} continues reading aloud.</source>
        <translation>{key} fortsætter oplæsningen.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Søg:</translation>
    </message>
    <message>
        <source>Search in the text</source>
        <translation>Søg i teksten</translation>
    </message>
    <message>
        <source>Every hit is highlighted. F3: next hit, Shift+F3: previous, Esc: close.</source>
        <translation>Alle fund fremhæves. F3: næste fund, Skift+F3: forrige, Esc: luk.</translation>
    </message>
    <message>
        <source>Word or phrase</source>
        <translation>Ord eller udtryk</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Forrige</translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation>Forrige fund</translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation>Forrige fund (Skift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Næste</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation>Næste fund</translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation>Næste fund (F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Close search</source>
        <translation>Luk søgning</translation>
    </message>
    <message>
        <source>Close search (Esc)</source>
        <translation>Luk søgning (Esc)</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Search closed.</source>
        <translation>Søgningen er lukket.</translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>Ingen fund</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} af {count}</translation>
    </message>
    <message>
        <source>{count}, continued from the other end</source>
        <translation>{count}, fortsat fra den anden ende</translation>
    </message>
</context>
<context>
    <name>SelfVoicing</name>
    <message>
        <source>read-only text</source>
        <translation>skrivebeskyttet tekst</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>edit field</source>
        <translation>redigeringsfelt</translation>
    </message>
    <message>
        <source>button</source>
        <translation>knap</translation>
    </message>
    <message>
        <source>check box</source>
        <translation>afkrydsningsfelt</translation>
    </message>
    <message>
        <source>radio button</source>
        <translation>alternativknap</translation>
    </message>
    <message>
        <source>list box</source>
        <translation>rulleliste</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>spin box</source>
        <translation>talfelt</translation>
    </message>
    <message>
        <source>slider</source>
        <translation>skyder</translation>
    </message>
    <message>
        <source>scroll bar</source>
        <translation>rullepanel</translation>
    </message>
    <message>
        <source>dialog</source>
        <translation>dialogboks</translation>
    </message>
    <message>
        <source>menu bar</source>
        <translation>menulinje</translation>
    </message>
    <message>
        <source>menu</source>
        <translation>menu</translation>
    </message>
    <message>
        <source>menu item</source>
        <translation>menupunkt</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>fane</translation>
    </message>
    <message>
        <source>link</source>
        <translation>link</translation>
    </message>
    <message>
        <source>tool bar</source>
        <translation>værktøjslinje</translation>
    </message>
    <message>
        <source>progress bar</source>
        <translation>statuslinje</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabel</translation>
    </message>
    <message>
        <source>tree</source>
        <translation>træ</translation>
    </message>
    <message>
        <source>space</source>
        <translation>mellemrum</translation>
    </message>
    <message>
        <source>new line</source>
        <translation>ny linje</translation>
    </message>
    <message>
        <source>full stop</source>
        <translation>punktum</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>komma</translation>
    </message>
    <message>
        <source>colon</source>
        <translation>kolon</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semikolon</translation>
    </message>
    <message>
        <source>exclamation mark</source>
        <translation>udråbstegn</translation>
    </message>
    <message>
        <source>question mark</source>
        <translation>spørgsmålstegn</translation>
    </message>
    <message>
        <source>dash</source>
        <translation>tankestreg</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>anførselstegn</translation>
    </message>
    <message>
        <source>bracket</source>
        <translation>parentes</translation>
    </message>
    <message>
        <source>slash</source>
        <translation>skråstreg</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>procent</translation>
    </message>
    <message>
        <source>and</source>
        <translation>og</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrol</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Skift</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Page Up</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Page Down</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>submenu</source>
        <translation>undermenu</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>ikke tilgængelig</translation>
    </message>
    <message>
        <source>{title}, menu</source>
        <translation>{title}, menu</translation>
    </message>
    <message>
        <source>read only</source>
        <translation>skrivebeskyttet</translation>
    </message>
    <message>
        <source>{name}, {number} of {count}</source>
        <translation>{name}, {number} af {count}</translation>
    </message>
    <message>
        <source>{title}, dialog</source>
        <translation>{title}, dialogboks</translation>
    </message>
    <message>
        <source>Default button: {name}</source>
        <translation>Standardknap: {name}</translation>
    </message>
    <message>
        <source>{name}, tool bar</source>
        <translation>{name}, værktøjslinje</translation>
    </message>
    <message>
        <source>default button</source>
        <translation>standardknap</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>tom</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>markeret</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>ikke markeret</translation>
    </message>
    <message>
        <source>Built-in speech is on.</source>
        <translation>Indbygget tale er slået til.</translation>
    </message>
    <message>
        <source>Built-in speech is off.</source>
        <translation>Indbygget tale er slået fra.</translation>
    </message>
    <message>
        <source>Built-in speech is on. {keys} turns it off.</source>
        <translation>Indbygget tale er slået til. {keys} slår den fra.</translation>
    </message>
    <message>
        <source>Welcome to Herning Læser. This screen speaks. Tab and Shift Tab move between the choices, Enter chooses, F1 lists every key. {repeat} says it again, Control on its own stops the speech, and {toggle} turns the voice off.</source>
        <translation>Velkommen til Herning Læser. Denne skærm kan tale. Tab og Skift Tab flytter mellem valgene, Enter vælger, og F1 viser alle taster. {repeat} siger det igen, Kontrol alene stopper talen, og {toggle} slår stemmen fra.</translation>
    </message>
</context>
<context>
    <name>SettingsNotice</name>
    <message>
        <source>The settings file could not be read, so it was put aside as {backup}. The program starts with the standard settings.</source>
        <translation>Indstillingsfilen kunne ikke læses, så den er lagt til side som {backup}. Programmet starter med standardindstillingerne.</translation>
    </message>
    <message>
        <source>{path} is not a settings file this program can read. It is left as it is; the program uses the standard settings and does not save them.</source>
        <translation>{path} er ikke en indstillingsfil, som programmet kan læse. Filen er ikke ændret; programmet bruger standardindstillingerne og gemmer dem ikke.</translation>
    </message>
    <message>
        <source>Your settings cannot be saved ({path}). They apply until the program is closed.</source>
        <translation>Dine indstillinger kan ikke gemmes ({path}). De gælder, indtil programmet lukkes.</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Display settings</source>
        <translation>Visning</translation>
    </message>
    <message>
        <source>{percent} % ({points} pt)</source>
        <translation>{percent} % ({points} punkter)</translation>
    </message>
    <message>
        <source>{points} pt</source>
        <translation>{points} punkter</translation>
    </message>
    <message>
        <source>More &amp;space (WCAG)</source>
        <translation>Mere &amp;luft (WCAG)</translation>
    </message>
    <message>
        <source>Line height 150 %, 12 % between letters, 16 % between words, 200 % after paragraphs.</source>
        <translation>Linjehøjde 150 %, 12 % mellem bogstaver, 16 % mellem ord, 200 % efter afsnit.</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Eksempel</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>&amp;Nulstil visning</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>SpeechBar</name>
    <message>
        <source>{rate} words/min</source>
        <translation>{rate} ord/min</translation>
    </message>
    <message>
        <source>Reading speed: {rate} words per minute</source>
        <translation>Læsehastighed: {rate} ord i minuttet</translation>
    </message>
    <message>
        <source>Automatic (the document&apos;s language)</source>
        <translation>Automatisk (dokumentets sprog)</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Oplæsning</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lydstyrke</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stemme</translation>
    </message>
</context>
<context>
    <name>SpeechService</name>
    <message>
        <source>No Danish voice is installed, so the text cannot be read aloud. Choose another voice under Read aloud, or install espeak-ng.</source>
        <translation>Der er ingen dansk stemme installeret, så teksten kan ikke læses op. Vælg en anden stemme under Oplæsning, eller installér espeak-ng.</translation>
    </message>
    <message>
        <source>No voice for the document&apos;s language ({language}) is installed. Choose another voice under Read aloud.</source>
        <translation>Der er ingen stemme til dokumentets sprog ({language}) installeret. Vælg en anden stemme under Oplæsning.</translation>
    </message>
    <message>
        <source>The chosen voice is no longer installed; the document&apos;s language decides the voice instead.</source>
        <translation>Den valgte stemme er ikke længere installeret; dokumentets sprog bestemmer i stedet stemmen.</translation>
    </message>
    <message>
        <source>Reading aloud is not possible: the speech engine espeak-ng is not installed (Debian: apt install espeak-ng).</source>
        <translation>Oplæsning er ikke mulig: talesyntesen espeak-ng er ikke installeret (Debian: apt install espeak-ng).</translation>
    </message>
    <message>
        <source>Reading aloud is not possible: the language data of espeak-ng are missing (Debian: apt install --reinstall espeak-ng-data).</source>
        <translation>Oplæsning er ikke mulig: espeak-ng&apos;s sprogdata mangler (Debian: apt install --reinstall espeak-ng-data).</translation>
    </message>
    <message>
        <source>Reading aloud is not possible: the speech engine could not be started.</source>
        <translation>Oplæsning er ikke mulig: talesyntesen kunne ikke startes.</translation>
    </message>
    <message>
        <source>The voice could not be used ({detail}). Choose another voice.</source>
        <translation>Stemmen kunne ikke bruges ({detail}). Vælg en anden stemme.</translation>
    </message>
    <message>
        <source>Reading aloud stopped unexpectedly: the speech engine closed. Try again.</source>
        <translation>Oplæsningen stoppede uventet: talesyntesen lukkede. Prøv igen.</translation>
    </message>
    <message>
        <source>Sound cannot be played: {detail}</source>
        <translation>Lyden kan ikke afspilles: {detail}</translation>
    </message>
    <message>
        <source>This computer has no sound output: the text is highlighted, but nothing can be heard. Connect a loudspeaker or headphones.</source>
        <translation>Computeren har ingen lydudgang: teksten fremhæves, men der kan ikke høres noget. Tilslut en højttaler eller hovedtelefoner.</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Staff screen</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>Public terminal. The configuration was read from {source} when the program started, at {time}. Changes apply only when the program is started again.</source>
        <translation>Offentlig skærm. Indstillingerne blev læst fra {source}, da programmet startede kl. {time}. Ændringer får først virkning, når programmet startes igen.</translation>
    </message>
    <message>
        <source>What could not be used (the defaults apply instead):</source>
        <translation>Det, der ikke kunne bruges (standardværdierne gælder i stedet):</translation>
    </message>
    <message>
        <source>The configuration could be used as it is.</source>
        <translation>Indstillingerne kunne bruges, som de er.</translation>
    </message>
    <message>
        <source>&amp;Close the program</source>
        <translation>&amp;Luk programmet</translation>
    </message>
    <message>
        <source>&amp;Back to the terminal</source>
        <translation>&amp;Tilbage til skærmen</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Start screen</source>
        <translation>Startskærm</translation>
    </message>
    <message>
        <source>Welcome to Herning Læser</source>
        <translation>Velkommen til Herning Læser</translation>
    </message>
    <message>
        <source>Choose how the text is shown: press a number key or click.</source>
        <translation>Vælg hvordan teksten skal vises: tryk på et tal, eller klik.</translation>
    </message>
    <message>
        <source>Number key {number}. {description}</source>
        <translation>Taltast {number}. {description}</translation>
    </message>
    <message>
        <source>You can change this later under View, Access profiles ({keys}).</source>
        <translation>Du kan skifte igen senere under Vis, Adgangsprofiler ({keys}).</translation>
    </message>
    <message>
        <source>{number}: {name}.</source>
        <translation>{number}: {name}.</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Standard (follow the system)</source>
        <translation>Standard (følg systemet)</translation>
    </message>
    <message>
        <source>Standard, dark</source>
        <translation>Standard, mørk</translation>
    </message>
    <message>
        <source>Black on white</source>
        <translation>Sort på hvid</translation>
    </message>
    <message>
        <source>White on black</source>
        <translation>Hvid på sort</translation>
    </message>
    <message>
        <source>Yellow on black</source>
        <translation>Gul på sort</translation>
    </message>
    <message>
        <source>Black on cream</source>
        <translation>Sort på creme</translation>
    </message>
    <message>
        <source>Dark blue</source>
        <translation>Mørkeblå</translation>
    </message>
</context>
<context>
    <name>ViewCommands</name>
    <message>
        <source>Some saved settings could not be used and are back to normal: {names}. Your other settings are kept.</source>
        <translation>Nogle gemte indstillinger kunne ikke bruges og er sat tilbage til standard: {names}. Dine andre indstillinger er bevaret.</translation>
    </message>
    <message>
        <source>Text size {percent} %</source>
        <translation>Tekststørrelse {percent} %</translation>
    </message>
    <message>
        <source>The text is as large as it gets: {percent} %</source>
        <translation>Teksten er så stor, som den kan blive: {percent} %</translation>
    </message>
    <message>
        <source>The text is as small as it gets: {percent} %</source>
        <translation>Teksten er så lille, som den kan blive: {percent} %</translation>
    </message>
    <message>
        <source>Menus and buttons: {points} pt</source>
        <translation>Menuer og knapper: {points} punkter</translation>
    </message>
    <message>
        <source>Colour theme: {name}</source>
        <translation>Farvetema: {name}</translation>
    </message>
    <message>
        <source>The view is back to normal.</source>
        <translation>Visningen er sat tilbage til standard.</translation>
    </message>
</context>
</TS>
