using System.Text;
using Graph.Api.Schema;

namespace Graph.Api.Tests;

public sealed class GlobalIdTests
{
    [Theory]
    [InlineData("person:hugo-chavez")]
    [InlineData("person:josé-martí")]          // non-ASCII: UTF-8 bytes, not chars
    [InlineData("organization:movimento-dos-trabalhadores-rurais-sem-terra")]
    [InlineData("")]
    public void Encodes_base64_of_kind_colon_id_and_decodes_back(string id)
    {
        var encoded = GlobalId.Encode(GlobalId.Entity, id);
        Assert.Equal(Convert.ToBase64String(Encoding.UTF8.GetBytes("Entity:" + id)), encoded);
        if (id.Length == 0) return;
        Assert.True(GlobalId.TryDecode(encoded, out var kind, out var decoded));
        Assert.Equal((GlobalId.Entity, id), (kind, decoded));
    }

    [Fact]
    public void Encodes_ids_longer_than_the_stack_buffer()
    {
        var id = "document:" + new string('é', 400); // 800 UTF-8 bytes
        Assert.Equal(Convert.ToBase64String(Encoding.UTF8.GetBytes("Relation:" + id)), GlobalId.Encode(GlobalId.Relation, id));
    }
}
