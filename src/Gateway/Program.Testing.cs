// Lets WebApplicationFactory<Program> reach the top-level-statement entry point from the tests.
public partial class Program;
