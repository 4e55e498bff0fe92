"""The catalogue's texts, one module per area, each ``TEXTS = {key: (french, english)}``."""
