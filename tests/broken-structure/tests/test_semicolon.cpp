// A test name CTest would split in two: test_names_catches_semicolons expects it reported.
TEST_CASE("Opens the file; saves it", "[fixture]")
{
}
