"""Text processing: article bodies into blocks, clean paragraphs, sentences and terms."""
