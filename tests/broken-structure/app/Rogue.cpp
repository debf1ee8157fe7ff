// A command that reads a table it does not own.
const char *sql = "SELECT public_key FROM peer WHERE replica = ?";
