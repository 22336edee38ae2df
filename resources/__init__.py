"""Resources shipped with GreenDesk: icons, translations, reference templates."""
