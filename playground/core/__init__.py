"""The Qt-free heart of the app: settings, the session, snapshots, projects, CSV, Compare, the walkthrough's text, pictures. A test keeps Qt out of it."""
