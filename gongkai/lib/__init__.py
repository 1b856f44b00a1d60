"""Pure, domain-free helpers (no Django import)."""
