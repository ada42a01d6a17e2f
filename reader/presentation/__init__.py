"""How the document is presented: settings schema and colour themes. No widgets here."""
