using System.Xml.Linq;
using Dapper;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace Review.Auth;

/// <summary>
/// Keeps ASP.NET Core's data-protection key ring in PostgreSQL instead of the container's file system:
/// every instance of the console reads the same keys, and a restart keeps them. The interface is
/// synchronous; it is called rarely (start-up and key rotation, every 90 days by default).
/// </summary>
public sealed class PostgresXmlRepository(NpgsqlDataSource dataSource) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = dataSource.OpenConnection();
        return connection.Query<string>("select xml from review_data_protection_keys order by created_at")
            .Select(xml => XElement.Parse(xml))
            .ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = dataSource.OpenConnection();
        connection.Execute("""
            insert into review_data_protection_keys (friendly_name, xml) values (@friendlyName, @xml)
            on conflict (friendly_name) do update set xml = excluded.xml
            """, new { friendlyName, xml = element.ToString(SaveOptions.DisableFormatting) });
    }
}
