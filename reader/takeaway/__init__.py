"""Take-aways: the policy as files to take home (MP3 with chapters, EPUB 3 with narration). No Qt."""
