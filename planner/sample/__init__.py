"""Synthetic workbooks shaped like Morocco's contact-centre sector, for demos and benchmarks."""
