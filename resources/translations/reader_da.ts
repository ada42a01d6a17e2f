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
        <source>Next sentence in the text</source>
        <translation>Næste sætning i teksten</translation>
    </message>
    <message>
        <source>Previous sentence in the text</source>
        <translation>Forrige sætning i teksten</translation>
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
        <source>Move to the start of the next sentence.</source>
        <translation>Gå til starten af den næste sætning.</translation>
    </message>
    <message>
        <source>Move to the start of this or the previous sentence.</source>
        <translation>Gå til starten af denne eller den forrige sætning.</translation>
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
    <name>CommandLine</name>
    <message>
        <source>The user has no home folder (HOME is not set), so the settings are not saved.</source>
        <translation>Brugeren har ingen hjemmemappe (HOME er ikke sat), så indstillingerne gemmes ikke.</translation>
    </message>
    <message>
        <source>unrecognized arguments: {0}</source>
        <translation>ukendte tilvalg: {0}</translation>
    </message>
    <message>
        <source>argument {0}: invalid choice: {1} (choose from {2})</source>
        <translation>tilvalget {0}: ugyldigt valg {1} (vælg mellem {2})</translation>
    </message>
    <message>
        <source>argument {0}: expected one argument</source>
        <translation>tilvalget {0} kræver en værdi</translation>
    </message>
    <message>
        <source>argument {0}: invalid {1} value: {2}</source>
        <translation>tilvalget {0}: ugyldig værdi {2}</translation>
    </message>
    <message>
        <source>argument {0}: {1}</source>
        <translation>tilvalget {0}: {1}</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>brug: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>tilvalg</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>vis denne hjælp og afslut</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fejl</translation>
    </message>
    <message>
        <source>Herning Læser: an accessible reader for Herning Kommune&apos;s Børne- og Ungepolitik.</source>
        <translation>Herning Læser: tilgængelig læser til Herning Kommunes Børne- og Ungepolitik.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAPPE</translation>
    </message>
    <message>
        <source>folder of documents (.md); default: {path}</source>
        <translation>mappe med dokumenter (.md); standard: {path}</translation>
    </message>
    <message>
        <source>check the content in DIR, print what is wrong, and exit</source>
        <translation>kontrollér indholdet i MAPPE, skriv hvad der er galt, og afslut</translation>
    </message>
    <message>
        <source>FILE.png</source>
        <translation>FIL.png</translation>
    </message>
    <message>
        <source>save a picture of the window as PNG (without a display) and exit</source>
        <translation>gem et billede af vinduet som PNG (uden skærm) og afslut</translation>
    </message>
    <message>
        <source>interface language: da or en</source>
        <translation>sprog i brugerfladen: da eller en</translation>
    </message>
    <message>
        <source>FILE.ini</source>
        <translation>FIL.ini</translation>
    </message>
    <message>
        <source>settings file (default: the user&apos;s configuration folder)</source>
        <translation>fil med indstillinger (standard: brugerens konfigurationsmappe)</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>FIL.pdf</translation>
    </message>
    <message>
        <source>save the policy in large print as PDF (the user&apos;s text size) and exit</source>
        <translation>gem politikken med stor skrift som PDF (brugerens tekststørrelse) og afslut</translation>
    </message>
    <message>
        <source>with --export-pdf, --speak-to-file, --export-mp3 or --export-epub: only theme number N</source>
        <translation>med --export-pdf, --speak-to-file, --export-mp3 eller --export-epub: kun tema nummer N</translation>
    </message>
    <message>
        <source>FILE.wav</source>
        <translation>FIL.wav</translation>
    </message>
    <message>
        <source>read the policy aloud into a sound file (WAV) and exit</source>
        <translation>læs politikken op til en lydfil (WAV) og afslut</translation>
    </message>
    <message>
        <source>FILE.mp3</source>
        <translation>FIL.mp3</translation>
    </message>
    <message>
        <source>read the policy aloud into an MP3 audiobook with chapters and exit</source>
        <translation>læs politikken op til en MP3-lydbog med kapitler og afslut</translation>
    </message>
    <message>
        <source>FILE.epub</source>
        <translation>FIL.epub</translation>
    </message>
    <message>
        <source>save the policy as an EPUB 3 book with text and narration in step and exit</source>
        <translation>gem politikken som EPUB 3-bog med tekst og oplæsning i takt og afslut</translation>
    </message>
    <message>
        <source>public terminal: full screen, locked, nothing saved, reset when nobody uses it</source>
        <translation>offentlig skærm: fuld skærm, låst, intet gemmes, nulstilles når ingen bruger den</translation>
    </message>
    <message>
        <source>public terminal configuration (default: {path})</source>
        <translation>indstillinger for offentlig skærm (standard: {path})</translation>
    </message>
    <message>
        <source>--section goes with --export-pdf, --speak-to-file, --export-mp3 or --export-epub</source>
        <translation>--section bruges sammen med --export-pdf, --speak-to-file, --export-mp3 eller --export-epub</translation>
    </message>
    <message>
        <source>choose one of --speak-to-file, --export-mp3 and --export-epub at a time</source>
        <translation>vælg én af --speak-to-file, --export-mp3 og --export-epub ad gangen</translation>
    </message>
    <message>
        <source>{path}: the settings file cannot be used ({reason}). Name another file with --settings FILE.ini.</source>
        <translation>{path}: filen med indstillinger kan ikke bruges ({reason}). Angiv en anden fil med --settings FIL.ini.</translation>
    </message>
    <message>
        <source>{path}: it is not a regular file, so it is not used for settings. Name a file with --settings FILE.ini.</source>
        <translation>{path}: det er ikke en almindelig fil, så den bruges ikke til indstillinger. Angiv en fil med --settings FIL.ini.</translation>
    </message>
    <message>
        <source>{path}: the folder of documents cannot be used ({reason}).</source>
        <translation>{path}: mappen med dokumenter kan ikke bruges ({reason}).</translation>
    </message>
    <message>
        <source>{count} problem(s) found.</source>
        <translation>{count} problem(er) fundet.</translation>
    </message>
    <message>
        <source>{path}: the content is in order ({count} document(s)).</source>
        <translation>{path}: indholdet er i orden ({count} dokument(er)).</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>The content folder does not exist. Give a folder that exists, e.g. --content content.</source>
        <translation>Indholdsmappen findes ikke. Angiv en mappe, der findes, fx --content content.</translation>
    </message>
    <message>
        <source>It is not a folder but a file or a device. Give the folder holding the documents (.md files), e.g. --content content.</source>
        <translation>Det er ikke en mappe, men en fil eller en enhed. Angiv mappen med dokumenterne (.md-filer), fx --content content.</translation>
    </message>
    <message>
        <source>The folder cannot be read: {reason}. Give the user permission to read it, or give another folder.</source>
        <translation>Mappen kan ikke læses: {reason}. Giv brugeren lov til at læse mappen, eller angiv en anden mappe.</translation>
    </message>
    <message>
        <source>The folder holds no documents (.md files). Put the documents in it, or give another folder.</source>
        <translation>Mappen indeholder ingen dokumenter (.md-filer). Læg dokumenterne i mappen, eller angiv en anden mappe.</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}. Give the user permission to read it, or move it out of the folder.</source>
        <translation>Filen kan ikke læses: {reason}. Giv brugeren lov til at læse filen, eller flyt den ud af mappen.</translation>
    </message>
    <message>
        <source>It is not a regular file (but e.g. a folder or a device) and cannot be read as a document. Move it out of the content folder, or give it a name that does not end in .md.</source>
        <translation>Det er ikke en almindelig fil (men fx en mappe eller en enhed) og kan ikke læses som et dokument. Flyt den ud af indholdsmappen, eller giv den et navn, der ikke ender på .md.</translation>
    </message>
    <message>
        <source>The file is too large ({size} MB). A document may be at most {limit} MB. Split it into several documents.</source>
        <translation>Filen er for stor ({size} MB). Et dokument må højst fylde {limit} MB. Del det op i flere dokumenter.</translation>
    </message>
    <message>
        <source>The file is not a text file (it contains binary data). Move it out of the content folder, or save the document again as plain text (UTF-8).</source>
        <translation>Filen er ikke en tekstfil (den indeholder binære data). Flyt den ud af indholdsmappen, eller gem dokumentet igen som almindelig tekst (UTF-8).</translation>
    </message>
    <message>
        <source>The file is saved as UTF-16. Save it again with the UTF-8 encoding so æ, ø and å come out right.</source>
        <translation>Filen er gemt som UTF-16. Gem den igen med tegnsættet UTF-8, så æ, ø og å bliver rigtige.</translation>
    </message>
    <message>
        <source>The file is not saved as UTF-8. Save it again with the UTF-8 encoding so æ, ø and å come out right.</source>
        <translation>Filen er ikke gemt som UTF-8. Gem den igen med tegnsættet UTF-8, så æ, ø og å bliver rigtige.</translation>
    </message>
    <message>
        <source>The file is empty. Write the document&apos;s text in it, or remove it from the content folder.</source>
        <translation>Filen er tom. Skriv dokumentets tekst i den, eller fjern den fra indholdsmappen.</translation>
    </message>
    <message>
        <source>The details at the top (between --- lines) lack the closing --- line. Write a line with only --- after the last detail.</source>
        <translation>Oplysningerne øverst (mellem linjerne ---) mangler den afsluttende linje ---. Skriv en linje med kun --- efter den sidste oplysning.</translation>
    </message>
    <message>
        <source>The line does not have the form &apos;name: value&apos;. Write it so, e.g. &apos;titel: Børne- og Ungepolitik&apos;.</source>
        <translation>Linjen har ikke formen &apos;navn: værdi&apos;. Skriv den sådan, fx &apos;titel: Børne- og Ungepolitik&apos;.</translation>
    </message>
    <message>
        <source>Unknown detail &apos;{key}&apos;. Change the name to one of the known details ({known}), or delete the line.</source>
        <translation>Ukendt oplysning &apos;{key}&apos;. Ret navnet til en af de kendte oplysninger ({known}), eller slet linjen.</translation>
    </message>
    <message>
        <source>The detail &apos;{key}&apos; appears more than once. Delete one of the lines.</source>
        <translation>Oplysningen &apos;{key}&apos; står der mere end én gang. Slet den ene af linjerne.</translation>
    </message>
    <message>
        <source>The year &apos;{value}&apos; is not a year. Write the year with four digits, e.g. &apos;år: 2019&apos;.</source>
        <translation>Året &apos;{value}&apos; er ikke et årstal. Skriv året med fire cifre, fx &apos;år: 2019&apos;.</translation>
    </message>
    <message>
        <source>The language &apos;{value}&apos; is not a language code. Write a two-letter code, e.g. &apos;sprog: da&apos; or &apos;sprog: en&apos;.</source>
        <translation>Sproget &apos;{value}&apos; er ikke en sprogkode. Skriv en kode på to bogstaver, fx &apos;sprog: da&apos; eller &apos;sprog: en&apos;.</translation>
    </message>
    <message>
        <source>The document has no title. Write &apos;titel: ...&apos; at the top or a heading with one #.</source>
        <translation>Dokumentet har ingen titel. Skriv &apos;titel: ...&apos; øverst eller en overskrift med ét #.</translation>
    </message>
    <message>
        <source>The document has no language. Write &apos;sprog: da&apos; at the top so read-aloud uses a Danish voice.</source>
        <translation>Dokumentet mangler sprog. Skriv &apos;sprog: da&apos; øverst, så oplæsningen bruger en dansk stemme.</translation>
    </message>
    <message>
        <source>There may be only one heading with a single # (the document title). Write this one with ## (a section) or ### (a subheading).</source>
        <translation>Der må kun være én overskrift med ét # (dokumentets titel). Skriv denne med ## (et afsnit) eller ### (en mellemoverskrift).</translation>
    </message>
    <message>
        <source>The text comes before the first section. Start a section with a ## heading first.</source>
        <translation>Teksten står før første afsnit. Begynd et afsnit med en overskrift med ## først.</translation>
    </message>
    <message>
        <source>The document has no sections. Start each section with a ## heading, e.g. &apos;## Indledning&apos;.</source>
        <translation>Dokumentet har ingen afsnit. Begynd hvert afsnit med en overskrift med ##, fx &apos;## Indledning&apos;.</translation>
    </message>
    <message>
        <source>The document has no themes. Start each theme with &apos;## Tema: &lt;title&gt;&apos;, e.g. &apos;## Tema: Dannelse&apos;.</source>
        <translation>Dokumentet har ingen temaer. Begynd hvert tema med &apos;## Tema: &lt;titel&gt;&apos;, fx &apos;## Tema: Dannelse&apos;.</translation>
    </message>
    <message>
        <source>The theme has no title after &apos;Tema:&apos;. Write the title after the colon, e.g. &apos;## Tema: Dannelse&apos;.</source>
        <translation>Temaet har ingen titel efter &apos;Tema:&apos;. Skriv titlen efter kolonet, fx &apos;## Tema: Dannelse&apos;.</translation>
    </message>
    <message>
        <source>The theme &apos;{title}&apos; already exists (line {first}). Give each theme its own title.</source>
        <translation>Temaet &apos;{title}&apos; findes allerede (linje {first}). Giv hvert tema sin egen titel.</translation>
    </message>
    <message>
        <source>The section &apos;{title}&apos; stands between the themes. Write &apos;Tema:&apos; before its title, or move it.</source>
        <translation>Afsnittet &apos;{title}&apos; står mellem temaerne. Skriv &apos;Tema:&apos; foran titlen, eller flyt afsnittet.</translation>
    </message>
    <message>
        <source>The document has no closing section after the themes. Add one at the end, e.g. &apos;## Om politikken&apos; with year and contact.</source>
        <translation>Dokumentet har intet afsluttende afsnit efter temaerne. Tilføj et til sidst, fx &apos;## Om politikken&apos; med år og kontakt.</translation>
    </message>
    <message>
        <source>The section &apos;{title}&apos; has no text. Write text under the heading, or delete the heading.</source>
        <translation>Afsnittet &apos;{title}&apos; har ingen tekst. Skriv tekst under overskriften, eller slet overskriften.</translation>
    </message>
    <message>
        <source>The quote lacks who says it. End the quote with a line &apos;&gt; — Name or role&apos;.</source>
        <translation>Citatet mangler hvem der siger det. Afslut citatet med en linje &apos;&gt; — Navn eller rolle&apos;.</translation>
    </message>
    <message>
        <source>The quote has a speaker but no text. Write the quote on the lines above the speaker, with &apos;&gt; &apos; in front.</source>
        <translation>Citatet har kun en afsender og ingen tekst. Skriv citatet på linjerne over afsenderen med &apos;&gt; &apos; foran.</translation>
    </message>
    <message>
        <source>A quote may contain only plain paragraphs and the speaker line. Remove lists, headings and extra &apos;&gt;&apos; inside the quote.</source>
        <translation>Et citat må kun indeholde almindelige afsnit og afsenderlinjen. Fjern lister, overskrifter og ekstra &apos;&gt;&apos; inde i citatet.</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; lacks its bullet list. Write the items below it, after a blank line, with &apos;* &apos; before each item.</source>
        <translation>Efter &apos;{label}&apos; mangler punktlisten. Skriv punkterne under den, med en tom linje imellem og &apos;* &apos; foran hvert punkt.</translation>
    </message>
    <message>
        <source>Lists inside lists are not supported. Write the items as one list.</source>
        <translation>Lister inden i lister understøttes ikke. Skriv punkterne som én liste.</translation>
    </message>
    <message>
        <source>The list has an empty item. Write text after &apos;* &apos;, or delete the line.</source>
        <translation>Listen har et tomt punkt. Skriv tekst efter &apos;* &apos;, eller slet linjen.</translation>
    </message>
    <message>
        <source>HTML code is not supported and is not shown. Write the text as plain Markdown.</source>
        <translation>HTML-kode understøttes ikke og vises ikke. Skriv teksten som almindelig Markdown.</translation>
    </message>
    <message>
        <source>Images are not supported and are not fetched. Remove the image, or describe it in text.</source>
        <translation>Billeder understøttes ikke og hentes ikke. Fjern billedet, eller beskriv det med tekst.</translation>
    </message>
    <message>
        <source>Code blocks are not supported. Remove the indentation (four spaces or a tab) in front of the line.</source>
        <translation>Kodeblokke understøttes ikke. Fjern indrykningen (fire mellemrum eller en tabulator) foran linjen.</translation>
    </message>
    <message>
        <source>Unknown element &apos;{tag}&apos; is not supported. Write the content as plain paragraphs or a bullet list.</source>
        <translation>Ukendt element &apos;{tag}&apos; understøttes ikke. Skriv indholdet som almindelige afsnit eller en punktliste.</translation>
    </message>
    <message>
        <source>The \ before &apos;{char}&apos; would disappear. Delete the \ and &apos;{char}&apos; stays as written.</source>
        <translation>Tegnet \ foran »{char}« ville forsvinde. Slet \, så står »{char}« som skrevet.</translation>
    </message>
    <message>
        <source>The HTML code &apos;{entity}&apos; would be shown as &apos;{char}&apos;. Write &apos;{char}&apos; instead.</source>
        <translation>HTML-koden »{entity}« ville blive vist som »{char}«. Skriv »{char}« i stedet.</translation>
    </message>
    <message>
        <source>The HTML code &apos;{entity}&apos; would be shown as a space. Write an ordinary space instead.</source>
        <translation>HTML-koden »{entity}« ville blive vist som et mellemrum. Skriv et almindeligt mellemrum i stedet.</translation>
    </message>
    <message>
        <source>Bold and italic text (*word*, **word**, _word_) is not shown, and the marks would disappear. Remove the * or _ around &apos;{text}&apos;.</source>
        <translation>Fed og kursiv skrift (*ord*, **ord**, _ord_) vises ikke, og tegnene ville forsvinde. Fjern * eller _ omkring »{text}«.</translation>
    </message>
    <message>
        <source>The ` character is not shown, and the marks would disappear. Remove the ` around &apos;{text}&apos;.</source>
        <translation>Tegnet ` vises ikke, og tegnene ville forsvinde. Fjern `-tegnene omkring »{text}«.</translation>
    </message>
    <message>
        <source>Links ([text](address)) are not shown, and the address would disappear. Write the address as plain text, e.g. &apos;Read more at herning.dk&apos;.</source>
        <translation>Links ([tekst](adresse)) vises ikke, og adressen ville forsvinde. Skriv adressen som almindelig tekst, fx &apos;Læs mere på herning.dk&apos;.</translation>
    </message>
    <message>
        <source>The address in &lt; &gt; would be shown without &lt; and &gt;. Write the address without &lt; and &gt;.</source>
        <translation>Adressen i &lt; &gt; ville blive vist uden &lt; og &gt;. Skriv adressen uden &lt; og &gt;.</translation>
    </message>
    <message>
        <source>The line is a link address ([name]: address), which is not shown. Write the address as plain text in the paragraph, and delete the line.</source>
        <translation>Linjen er en linkadresse ([navn]: adresse), som ikke bliver vist. Skriv adressen som almindelig tekst i afsnittet, og slet linjen.</translation>
    </message>
    <message>
        <source>A space is missing after the # marks. Write a space after them if the line is a heading (e.g. &apos;## Indledning&apos;); if it is plain text, do not start it with #.</source>
        <translation>Efter #-tegnene mangler et mellemrum. Skriv et mellemrum efter dem, hvis linjen er en overskrift (fx &apos;## Indledning&apos;); er den almindelig tekst, så begynd den ikke med #.</translation>
    </message>
    <message>
        <source>Headings have one, two or three #; this one has {count}. Use ### for a subheading.</source>
        <translation>Overskrifter har ét, to eller tre #; denne har {count}. Brug ### til en mellemoverskrift.</translation>
    </message>
    <message>
        <source>A theme needs two # in front, otherwise it is not a theme and the themes are counted wrongly. Write &apos;## {title}&apos;.</source>
        <translation>Et tema skal have to # foran, ellers er det ikke et tema, og temaerne bliver talt forkert. Skriv &apos;## {title}&apos;.</translation>
    </message>
    <message>
        <source>The heading looks like a theme but is not read as one, so the theme is shown as an ordinary section and the themes are counted wrongly. Write &apos;{heading}&apos;.</source>
        <translation>Overskriften ligner et tema, men bliver ikke læst som et, så temaet bliver vist som et almindeligt afsnit, og temaerne bliver talt forkert. Skriv &apos;{heading}&apos;.</translation>
    </message>
    <message>
        <source>The heading ends with #, which is not shown. Remove the # marks at the end of the line.</source>
        <translation>Overskriften slutter med #, som ikke bliver vist. Fjern #-tegnene i slutningen af linjen.</translation>
    </message>
    <message>
        <source>The line right under the text would make the text a heading. Write headings with ## in front, and delete the line.</source>
        <translation>Stregen lige under teksten ville gøre teksten til en overskrift. Skriv overskrifter med ## foran, og slet stregen.</translation>
    </message>
    <message>
        <source>A line of only ---, *** or ___ is not shown. Delete the line.</source>
        <translation>En linje med kun ---, *** eller ___ vises ikke. Slet linjen.</translation>
    </message>
    <message>
        <source>Code blocks with ``` or ~~~ are not supported. Delete the line with the marks.</source>
        <translation>Kodeblokke med ``` eller ~~~ understøttes ikke. Slet linjen med tegnene.</translation>
    </message>
    <message>
        <source>Tables are not supported, and the line would be shown with its | marks. Write the content as paragraphs or as a bullet list with &apos;* &apos; in front.</source>
        <translation>Tabeller understøttes ikke, og linjen ville blive vist med sine |-tegn. Skriv indholdet som afsnit eller som en punktliste med &apos;* &apos; foran.</translation>
    </message>
    <message>
        <source>List items are written with &apos;* &apos; in front, not &apos;{marker} &apos;. Replace &apos;{marker}&apos; with &apos;*&apos;.</source>
        <translation>Punkter i en liste skrives med &apos;* &apos; foran, ikke &apos;{marker} &apos;. Skift &apos;{marker}&apos; ud med &apos;*&apos;.</translation>
    </message>
    <message>
        <source>The bullet list starts right under a paragraph and would be shown as part of it, asterisk and all. Put a blank line before the list.</source>
        <translation>Punktlisten begynder lige under et afsnit og ville blive vist som en del af det, med stjernen. Sæt en tom linje før listen.</translation>
    </message>
    <message>
        <source>The line stands right under a list item and would become part of it. Put a blank line before it if it is a new paragraph, or write &apos;* &apos; in front if it is a new item.</source>
        <translation>Linjen står lige under et punkt og ville blive en del af det. Sæt en tom linje før den, hvis den er et nyt afsnit, eller skriv &apos;* &apos; foran, hvis den er et nyt punkt.</translation>
    </message>
    <message>
        <source>Put a blank line between &apos;{label}&apos; and the items.</source>
        <translation>Sæt en tom linje mellem &apos;{label}&apos; og punkterne.</translation>
    </message>
    <message>
        <source>The line stands right under a quote without &apos;&gt;&apos; in front and would become part of the quote. Write &apos;&gt; &apos; in front, or put a blank line between them.</source>
        <translation>Linjen står lige under et citat uden &apos;&gt;&apos; foran og ville blive en del af citatet. Skriv &apos;&gt; &apos; foran, eller sæt en tom linje imellem.</translation>
    </message>
    <message>
        <source>The speaker line lacks its dash and would be read as part of the quote. Write &apos;&gt; — {speaker}&apos;.</source>
        <translation>Afsenderlinjen mangler tankestregen og ville blive læst som en del af citatet. Skriv &apos;&gt; — {speaker}&apos;.</translation>
    </message>
    <message>
        <source>The speaker line begins with &apos;{dash}&apos; ({codepoint}), which is not a dash, and would be read as part of the quote. Write &apos;&gt; — {speaker}&apos; with the dash —.</source>
        <translation>Afsenderlinjen begynder med &apos;{dash}&apos; ({codepoint}), som ikke er en tankestreg, og ville blive læst som en del af citatet. Skriv &apos;&gt; — {speaker}&apos; med tankestregen —.</translation>
    </message>
    <message>
        <source>The line between the quote and its speaker is empty. Write &apos;&gt;&apos; on it, so the speaker belongs to the quote.</source>
        <translation>Linjen mellem citatet og afsenderen er tom. Skriv &apos;&gt;&apos; på den, så afsenderen hører til citatet.</translation>
    </message>
    <message>
        <source>Numbered lists are not supported, and the lines would be shown as one paragraph. Write the items with &apos;* &apos; in front, or put a blank line between the lines.</source>
        <translation>Nummererede lister understøttes ikke, og linjerne ville blive vist i ét afsnit. Skriv punkterne med &apos;* &apos; foran, eller sæt en tom linje mellem linjerne.</translation>
    </message>
    <message>
        <source>The dash stands alone: who says it is missing. Write it after the dash, e.g. &apos;&gt; — Skoleelev&apos;.</source>
        <translation>Tankestregen står alene: hvem der siger det, mangler. Skriv det efter stregen, fx &apos;&gt; — Skoleelev&apos;.</translation>
    </message>
    <message>
        <source>The text has so many &apos;[&apos; or &apos;&lt;&apos; without a closing &apos;]&apos; or &apos;&gt;&apos; (from this line on) that it cannot be read in reasonable time. Remove the characters, or close them.</source>
        <translation>Teksten har så mange &apos;[&apos; eller &apos;&lt;&apos; uden afsluttende &apos;]&apos; eller &apos;&gt;&apos; (fra denne linje), at den ikke kan læses på rimelig tid. Fjern tegnene, eller afslut dem.</translation>
    </message>
    <message>
        <source>The text is nested {depth} levels deep; at most {limit} are allowed. Remove &apos;&gt;&apos; and indentation in front of the line: a quote has one &apos;&gt;&apos;, and lists cannot be inside lists.</source>
        <translation>Teksten er indlejret {depth} niveauer dybt; højst {limit} er tilladt. Fjern &apos;&gt;&apos; og indrykning foran linjen: et citat har ét &apos;&gt;&apos;, og lister kan ikke stå inden i lister.</translation>
    </message>
    <message>
        <source>The file has more than {limit} formatting characters (* _ ` [ &lt; &gt; &amp; \), reached here. Remove formatting, or split the document into several files.</source>
        <translation>Filen har over {limit} formateringstegn (* _ ` [ &lt; &gt; &amp; \), og det er nået her. Fjern formatering, eller del dokumentet i flere filer.</translation>
    </message>
    <message>
        <source>The paragraph is longer than {limit} characters. Split it into several paragraphs with a blank line between them.</source>
        <translation>Afsnittet er længere end {limit} tegn. Del det op i flere afsnit med en tom linje imellem.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fejl</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advarsel</translation>
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
    <name>Display</name>
    <message>
        <source>QT_QPA_PLATFORM={value} is not a platform Qt has here; possible: {names}</source>
        <translation>QT_QPA_PLATFORM={value} er ikke en platform, Qt har her; mulige: {names}</translation>
    </message>
    <message>
        <source>QT_QPA_PLATFORM={value}: {names} does not answer</source>
        <translation>QT_QPA_PLATFORM={value}: {names} svarer ikke</translation>
    </message>
    <message>
        <source>neither DISPLAY nor WAYLAND_DISPLAY is set</source>
        <translation>hverken DISPLAY eller WAYLAND_DISPLAY er sat</translation>
    </message>
    <message>
        <source>{names} does not answer</source>
        <translation>{names} svarer ikke</translation>
    </message>
    <message>
        <source>Herning Læser cannot find a display ({reason}). Start it in a desktop session, or use --screenshot FILE for a picture without a display.</source>
        <translation>Herning Læser kan ikke finde en skærm ({reason}). Start programmet i et skrivebordsmiljø, eller brug --screenshot FIL for et billede uden skærm.</translation>
    </message>
</context>
<context>
    <name>Epub</name>
    <message>
        <source>Contents</source>
        <translation>Indhold</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Vejvisere</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begyndelsen</translation>
    </message>
    <message>
        <source>The whole text with headings, lists and quotes, and the same text read aloud by a synthetic Danish voice, sentence by sentence in step with the text. The table of contents lists the introduction, each theme with its commitments and quotes by number, and the closing section. There are no images, and nothing flashes or plays by itself.</source>
        <translation>Hele teksten med overskrifter, lister og citater, og den samme tekst læst op af en syntetisk dansk stemme, sætning for sætning i takt med teksten. Indholdsfortegnelsen har indledningen, hvert tema med dets tilsagn og citater efter nummer og det afsluttende afsnit. Der er ingen billeder, og intet blinker eller lyder af sig selv.</translation>
    </message>
    <message>
        <source>section</source>
        <translation>afsnit</translation>
    </message>
    <message>
        <source>sections</source>
        <translation>afsnit</translation>
    </message>
    <message>
        <source>{path}: EPUB 3 with {sections} {section_word} and {minutes} min {seconds} s of narration in step with the text written.</source>
        <translation>{path}: EPUB 3 med {sections} {section_word} og {minutes} min. {seconds} s oplæsning i takt med teksten skrevet.</translation>
    </message>
    <message>
        <source>the EPUB file is not a whole zip archive</source>
        <translation>EPUB-filen er ikke et helt zip-arkiv</translation>
    </message>
    <message>
        <source>the EPUB file&apos;s mimetype is not first and uncompressed</source>
        <translation>EPUB-filens mimetype står ikke først og ukomprimeret</translation>
    </message>
    <message>
        <source>the narration times in {name} do not fit the sound</source>
        <translation>oplæsningens tider i {name} passer ikke til lyden</translation>
    </message>
    <message>
        <source>the EPUB file lacks {name}</source>
        <translation>EPUB-filen mangler {name}</translation>
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
    <name>Files</name>
    <message>
        <source>the picture could not be written</source>
        <translation>billedet kunne ikke skrives</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken er fuld</translation>
    </message>
    <message>
        <source>the user&apos;s disk quota is used up</source>
        <translation>der er ikke mere plads til brugeren på disken</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>adgang nægtet</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>disken kan kun læses</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>mappen findes ikke</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>en del af stien er ikke en mappe</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>det er en mappe</translation>
    </message>
    <message>
        <source>the name is too long for the file system</source>
        <translation>navnet er for langt til filsystemet</translation>
    </message>
    <message>
        <source>an input/output error on the disk</source>
        <translation>fejl ved læsning eller skrivning på disken</translation>
    </message>
    <message>
        <source>too many symbolic links in the path</source>
        <translation>for mange symbolske links i stien</translation>
    </message>
    <message>
        <source>an invalid file name</source>
        <translation>ugyldigt filnavn</translation>
    </message>
    <message>
        <source>the file is larger than the program may write</source>
        <translation>filen er større end programmet må skrive</translation>
    </message>
    <message>
        <source>{path}: this is where the documents the program shows are, and they are never replaced. Save the file somewhere else.</source>
        <translation>{path}: her ligger de dokumenter, programmet viser, og de bliver aldrig erstattet. Gem filen et andet sted.</translation>
    </message>
    <message>
        <source>{path}: the file could not be saved ({reason}). The previous file is untouched.</source>
        <translation>{path}: filen kunne ikke gemmes ({reason}). Den tidligere fil er urørt.</translation>
    </message>
    <message>
        <source>{path}: it is not a regular file, so it is not replaced.</source>
        <translation>{path}: det er ikke en almindelig fil, så den bliver ikke erstattet.</translation>
    </message>
    <message>
        <source>{path}: the file was not saved because it was not written completely ({reason}). The previous file is untouched.</source>
        <translation>{path}: filen blev ikke gemt, fordi den ikke blev skrevet helt ({reason}). Den tidligere fil er urørt.</translation>
    </message>
    <message>
        <source>the end of the PDF file is missing</source>
        <translation>PDF-filens slutning mangler</translation>
    </message>
    <message>
        <source>the PDF file has {found} page(s), not {expected}</source>
        <translation>PDF-filen har {found} side(r), ikke {expected}</translation>
    </message>
    <message>
        <source>the end of the PNG file is missing</source>
        <translation>PNG-filens slutning mangler</translation>
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
        <source>The screen starts afresh in 1 second.</source>
        <translation>Skærmen starter forfra om 1 sekund.</translation>
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
    <name>KioskConfig</name>
    <message>
        <source>{path}: [kiosk] self_voicing must be on, key or off, not &apos;{value}&apos;; using {default}.</source>
        <translation>{path}: [kiosk] self_voicing skal være on, key eller off, ikke »{value}«; bruger {default}.</translation>
    </message>
    <message>
        <source>{path}: the file could not be read in full, so the program starts locked as a public terminal, with the defaults for what could not be read.</source>
        <translation>{path}: filen kunne ikke læses helt, så programmet starter låst som offentlig skærm med standardværdierne for det, der ikke kunne læses.</translation>
    </message>
    <message>
        <source>{path}: the file does not exist.</source>
        <translation>{path}: filen findes ikke.</translation>
    </message>
    <message>
        <source>{path}: the file cannot be read ({reason}).</source>
        <translation>{path}: filen kan ikke læses ({reason}).</translation>
    </message>
    <message>
        <source>{path}: it is not a regular file.</source>
        <translation>{path}: det er ikke en almindelig fil.</translation>
    </message>
    <message>
        <source>{path}: the file is too large to be a kiosk.ini (over {limit} kB).</source>
        <translation>{path}: filen er for stor til at være en kiosk.ini (over {limit} kB).</translation>
    </message>
    <message>
        <source>{path}:{line}: the line is not saved as UTF-8 and is skipped. Save the file as UTF-8.</source>
        <translation>{path}:{line}: linjen er ikke gemt som UTF-8 og springes over. Gem filen som UTF-8.</translation>
    </message>
    <message>
        <source>{path}:{line}: the section [{section}] is unknown and is skipped. Use [kiosk] or [settings].</source>
        <translation>{path}:{line}: afsnittet [{section}] er ukendt og springes over. Brug [kiosk] eller [settings].</translation>
    </message>
    <message>
        <source>{path}:{line}: the section [{section}] appears more than once. Join it into one.</source>
        <translation>{path}:{line}: afsnittet [{section}] står der mere end én gang. Saml det i ét afsnit.</translation>
    </message>
    <message>
        <source>{path}:{line}: {key} stands outside a section and is skipped. Write it under [kiosk] or [settings].</source>
        <translation>{path}:{line}: {key} står uden for et afsnit og springes over. Skriv den under [kiosk] eller [settings].</translation>
    </message>
    <message>
        <source>{path}:{line}: [{section}] {key} appears more than once; using the default. Delete one of the lines.</source>
        <translation>{path}:{line}: [{section}] {key} står der mere end én gang; bruger standardværdien. Slet den ene af linjerne.</translation>
    </message>
    <message>
        <source>{path}:{line}: the line cannot be understood and is skipped. Write &apos;name = value&apos; or &apos;[section]&apos;.</source>
        <translation>{path}:{line}: linjen kan ikke forstås og springes over. Skriv »navn = værdi« eller »[afsnit]«.</translation>
    </message>
    <message>
        <source>{path}: [kiosk] {key} must be a number from {low} to {high}, not &apos;{value}&apos;; using {default}.</source>
        <translation>{path}: [kiosk] {key} skal være et tal fra {low} til {high}, ikke »{value}«; bruger {default}.</translation>
    </message>
    <message>
        <source>{path}: [kiosk] enabled must be true or false, not &apos;{value}&apos;; the program starts locked.</source>
        <translation>{path}: [kiosk] enabled skal være true eller false, ikke »{value}«; programmet starter låst.</translation>
    </message>
    <message>
        <source>{path}: [kiosk] {key} must be true or false, not &apos;{value}&apos;; using {default}.</source>
        <translation>{path}: [kiosk] {key} skal være true eller false, ikke »{value}«; bruger {default}.</translation>
    </message>
    <message>
        <source>{path}: [kiosk] staff_chord = &apos;{value}&apos; cannot be used: a visitor could press it. Use at least two of Ctrl, Alt, Shift and Meta with a key (e.g. Ctrl+Alt+Shift+F12), or one of them with a function key F1-F35, Pause, Print or ScrollLock (e.g. Ctrl+F12); using {default}.</source>
        <translation>{path}: [kiosk] staff_chord = »{value}« kan ikke bruges: en besøgende kunne ramme den. Brug mindst to af Ctrl, Alt, Shift og Meta med en tast (fx Ctrl+Alt+Shift+F12), eller én af dem med en funktionstast F1-F35, Pause, Print eller ScrollLock (fx Ctrl+F12); bruger {default}.</translation>
    </message>
    <message>
        <source>{path}: [kiosk] warning_seconds must be shorter than idle_seconds; using {default}.</source>
        <translation>{path}: [kiosk] warning_seconds skal være kortere end idle_seconds; bruger {default}.</translation>
    </message>
    <message>
        <source>{path}: [settings] {key} = &apos;{value}&apos; cannot be used; using the default.</source>
        <translation>{path}: [settings] {key} = »{value}« kan ikke bruges; bruger standardværdien.</translation>
    </message>
    <message>
        <source>{path}: [{section}] {key} is not a known setting; it is ignored.</source>
        <translation>{path}: [{section}] {key} er ikke en kendt indstilling; den ignoreres.</translation>
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
    <name>Mp3</name>
    <message>
        <source>the MP3 file ends in the middle of a frame</source>
        <translation>MP3-filen slutter midt i en ramme</translation>
    </message>
    <message>
        <source>the MP3 file has no sound</source>
        <translation>MP3-filen har ingen lyd</translation>
    </message>
    <message>
        <source>the MP3 file has a broken frame at byte {offset}</source>
        <translation>MP3-filen har en ødelagt ramme ved byte {offset}</translation>
    </message>
    <message>
        <source>Theme {number}: {title}</source>
        <translation>Tema {number}: {title}</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Indledning</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Afslutning</translation>
    </message>
    <message>
        <source>{number} Quote: {speaker}</source>
        <translation>{number} Citat: {speaker}</translation>
    </message>
    <message>
        <source>Commitments and quotes by number</source>
        <translation>Tilsagn og citater efter nummer</translation>
    </message>
    <message>
        <source>the MP3 file&apos;s chapters do not fit its sound</source>
        <translation>MP3-filens kapitler passer ikke til lyden</translation>
    </message>
    <message>
        <source>chapter</source>
        <translation>kapitel</translation>
    </message>
    <message>
        <source>chapters</source>
        <translation>kapitler</translation>
    </message>
    <message>
        <source>{path}: {minutes} min {seconds} s of speech written as MP3 with {chapters} {chapter_word}.</source>
        <translation>{path}: {minutes} min. {seconds} s oplæsning skrevet som MP3 med {chapters} {chapter_word}.</translation>
    </message>
</context>
<context>
    <name>Narration</name>
    <message>
        <source>Install the Danish voice Microsoft Helle (Settings ▸ Time &amp; language ▸ Speech ▸ Add voices ▸ Danish).</source>
        <translation>Installér den danske stemme Microsoft Helle (Indstillinger ▸ Tid og sprog ▸ Tale ▸ Tilføj stemmer ▸ Dansk).</translation>
    </message>
    <message>
        <source>Install the Danish voice Sara (System Settings ▸ Accessibility ▸ Spoken Content ▸ System voice ▸ Manage voices).</source>
        <translation>Installér den danske stemme Sara (Systemindstillinger ▸ Tilgængelighed ▸ Oplæst indhold ▸ Systemstemme ▸ Administrer stemmer).</translation>
    </message>
    <message>
        <source>Install espeak-ng (Debian: apt install espeak-ng).</source>
        <translation>Installér espeak-ng (Debian: apt install espeak-ng).</translation>
    </message>
    <message>
        <source>Reading aloud: {percent} %</source>
        <translation>Oplæsning: {percent} %</translation>
    </message>
    <message>
        <source>There is no theme number {number}; the document has themes 1-{count}.</source>
        <translation>Der er intet tema nummer {number}; dokumentet har tema 1-{count}.</translation>
    </message>
    <message>
        <source>The speech engine failed ({detail}).</source>
        <translation>Talesyntesen fejlede ({detail}).</translation>
    </message>
    <message>
        <source>There is no voice to read with because the speech engine could not list its voices. {install}</source>
        <translation>Der er ingen stemme at læse op med, fordi talesyntesen ikke kunne vise sine stemmer. {install}</translation>
    </message>
    <message>
        <source>There is no voice &quot;{voice}&quot;. Choose one of: {voices}.</source>
        <translation>Stemmen »{voice}« findes ikke. Vælg en af: {voices}.</translation>
    </message>
    <message>
        <source>No voice for the language &quot;{language}&quot; is installed. {install}</source>
        <translation>Der er ingen stemme til sproget »{language}« installeret. {install}</translation>
    </message>
    <message>
        <source>Reading aloud is not possible because the speech engine espeak-ng is not installed (Debian: apt install espeak-ng).</source>
        <translation>Oplæsning er ikke mulig, fordi talesyntesen espeak-ng ikke er installeret (Debian: apt install espeak-ng).</translation>
    </message>
    <message>
        <source>Reading aloud is not possible because the language data of espeak-ng are missing (Debian: apt install --reinstall espeak-ng-data).</source>
        <translation>Oplæsning er ikke mulig, fordi espeak-ng&apos;s sprogdata mangler (Debian: apt install --reinstall espeak-ng-data).</translation>
    </message>
    <message>
        <source>Reading aloud is not possible because the speech engine could not be started. {install}</source>
        <translation>Oplæsning er ikke mulig, fordi talesyntesen ikke kunne startes. {install}</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>Dokumentet</translation>
    </message>
    <message>
        <source>Theme {number}</source>
        <translation>Tema {number}</translation>
    </message>
    <message>
        <source>{what} has no words to read aloud, so no file was saved.</source>
        <translation>{what} har ingen ord at læse op, så der er ikke gemt nogen fil.</translation>
    </message>
    <message>
        <source>The reading is too long for a WAV file (over 4 GB). Save it as MP3 or EPUB instead.</source>
        <translation>Oplæsningen er for lang til en WAV-fil (over 4 GB). Gem den som MP3 eller EPUB i stedet.</translation>
    </message>
    <message>
        <source>the WAV header does not match the sound</source>
        <translation>WAV-filens hoved passer ikke til lyden</translation>
    </message>
    <message>
        <source>the WAV file has no sound</source>
        <translation>WAV-filen har ingen lyd</translation>
    </message>
    <message>
        <source>{path}: {minutes} min {seconds} s of speech written.</source>
        <translation>{path}: {minutes} min. {seconds} s oplæsning skrevet.</translation>
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
        <source>No next sentence.</source>
        <translation>Ikke flere sætninger.</translation>
    </message>
    <message>
        <source>No previous sentence.</source>
        <translation>Ingen tidligere sætning.</translation>
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
    <name>Profiles</name>
    <message>
        <source>{path}: the profiles cannot be read: {error}</source>
        <translation>{path}: profilerne kan ikke læses: {error}</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>det er ikke en almindelig fil</translation>
    </message>
    <message>
        <source>the file is larger than {size} kB</source>
        <translation>filen er større end {size} kB</translation>
    </message>
    <message>
        <source>it is not saved as UTF-8</source>
        <translation>den er ikke gemt som UTF-8</translation>
    </message>
    <message>
        <source>it is not valid JSON (line {line})</source>
        <translation>den er ikke gyldig JSON (linje {line})</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>den er indlejret for dybt</translation>
    </message>
    <message>
        <source>its content has an unexpected form</source>
        <translation>indholdet har en uventet form</translation>
    </message>
    <message>
        <source>{path}: there are no profiles.</source>
        <translation>{path}: der er ingen profiler.</translation>
    </message>
    <message>
        <source>{path}: profile {number} ({id}): {key} must be an object ({{...}}); it is skipped.</source>
        <translation>{path}: profil {number} ({id}): {key} skal være et objekt ({{...}}); det springes over.</translation>
    </message>
    <message>
        <source>{path}: profile {number} ({id}): {key} = {value} cannot be used; it is skipped.</source>
        <translation>{path}: profil {number} ({id}): {key} = {value} kan ikke bruges; den springes over.</translation>
    </message>
    <message>
        <source>{path}: profile {number} ({id}): read_aloud must be &quot;introduction&quot;.</source>
        <translation>{path}: profil {number} ({id}): read_aloud skal være &quot;introduction&quot;.</translation>
    </message>
    <message>
        <source>{path}: only the first {max} profiles can be chosen with a key.</source>
        <translation>{path}: kun de første {max} profiler kan vælges med en tast.</translation>
    </message>
    <message>
        <source>{path}: profile {number} lacks {what}.</source>
        <translation>{path}: profil {number} mangler {what}.</translation>
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
    <name>Speech</name>
    <message>
        <source>{engine} could not be started.</source>
        <translation>{engine} kunne ikke startes.</translation>
    </message>
    <message>
        <source>unknown voice: {voice}</source>
        <translation>ukendt stemme: {voice}</translation>
    </message>
    <message>
        <source>the speech engine gave sound in an unknown format</source>
        <translation>talesyntesen gav lyd i et ukendt format</translation>
    </message>
    <message>
        <source>espeak-ng&apos;s language data are missing from {path}.</source>
        <translation>espeak-ng&apos;s sprogdata mangler i {path}.</translation>
    </message>
    <message>
        <source>espeak-ng is not installed.</source>
        <translation>espeak-ng er ikke installeret.</translation>
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
