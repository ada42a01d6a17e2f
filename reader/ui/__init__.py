"""Qt widgets. Nothing here parses Markdown: views render the document model."""
