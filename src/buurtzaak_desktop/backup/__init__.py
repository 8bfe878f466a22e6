"""Back-up to a USB stick and restore. No Qt."""
