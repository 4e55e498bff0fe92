"""The Streamlit interface: session state, widgets and views that app_pages/ orchestrate."""
