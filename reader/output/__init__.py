"""Every rendering of the policy: the text as a QTextDocument (text_document, for the screen and the
pages), large-print pages for PDF and printing (pages), and the exports read aloud: the narration
they share (narration), WAV (wav), MP3 with chapters (mp3) and EPUB 3 with media overlays (epub).
The narration, WAV, MP3 and EPUB need no Qt; the dialogs that ask for a file are in reader/ui/."""
