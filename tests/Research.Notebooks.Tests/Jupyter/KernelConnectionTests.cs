using Research.Notebooks.Jupyter;

namespace Research.Notebooks.Tests.Jupyter;

public sealed class KernelConnectionTests
{
    const string Good = """
        {"shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003, "control_port": 5004, "hb_port": 5005,
         "ip": "127.0.0.1", "key": "abc", "transport": "tcp", "signature_scheme": "hmac-sha256", "kernel_name": "x"}
        """;

    [Fact]
    public void A_connection_file_gives_the_endpoints_on_its_ip_and_the_key()
    {
        var connection = KernelConnection.Parse(Good, "conn.json");
        Assert.Equal("tcp://127.0.0.1:5001", connection.Endpoint(connection.ShellPort));
        Assert.Equal((5002, 5003, 5004, 5005), (connection.IOPubPort, connection.StdinPort, connection.ControlPort, connection.HeartbeatPort));
        Assert.Equal("abc", connection.Key);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("[]", "JSON object")]
    [InlineData("{\"shell_port\": 1}", "\"control_port\" is missing")]
    [InlineData("{\"transport\": \"ipc\"}", "transport \"ipc\"")]
    [InlineData("{\"signature_scheme\": \"hmac-md5\"}", "hmac-md5")]
    [InlineData("{\"ip\": \"localhost:1\"}", "not an IP address")]
    [InlineData("{\"shell_port\": \"5001\"}", "\"shell_port\" must be a port number")]
    public void A_bad_connection_file_is_named_with_what_is_wrong(string json, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => KernelConnection.Parse(json, "/tmp/conn.json"));
        Assert.StartsWith("/tmp/conn.json: ", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_missing_connection_file_is_named()
    {
        var error = Assert.Throws<InvalidDataException>(() => KernelConnection.Read("/nonexistent/kernel-1.json"));
        Assert.StartsWith("/nonexistent/kernel-1.json: cannot read", error.Message);
    }
}
