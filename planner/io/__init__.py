"""Files in and out: raw readers (``read``), writers (``write``), and the tables both share.

``io.write`` never imports ``io.read``.
"""
