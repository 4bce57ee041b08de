package org.sitmap.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.platform.Settings;
import org.sitmap.task.DirectTaskRunner;

/**
 * Offline mode must never touch the network. Two traps see every attempt: a default {@link ProxySelector} that
 * records each URI a connection is made for, and a local server socket that counts connections. A positive
 * control (the XYZ source aimed at the trap) proves the traps catch real attempts.
 */
class OfflineNoNetworkTest {
    @TempDir
    Path dir;
    private ProxySelector original;
    private final List<URI> proxied = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private ServerSocket server;
    private Thread acceptor;

    @BeforeEach
    void setTraps() throws IOException {
        original = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                proxied.add(uri);
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            }
        });
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        server.setSoTimeout(200);
        acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    connections.incrementAndGet();
                } catch (SocketTimeoutException e) {
                    // poll again
                } catch (IOException e) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void removeTraps() throws Exception {
        ProxySelector.setDefault(original);
        server.close();
        acceptor.join(2000);
    }

    private String trapTemplate() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/{z}/{x}/{y}.png";
    }

    @Test
    void offlineMode_drawsTilesWithoutAnyConnection() throws Exception {
        Settings settings = Settings.load(dir.resolve("config"));
        settings.put(Settings.BASEMAP, "offline");
        settings.put(Settings.BASEMAP_XYZ, trapTemplate()); // configured but not chosen: must stay unused
        BaseMaps maps = new BaseMaps(dir.resolve("cache"), settings, new DirectTaskRunner(), BaseMapData.loadBundled());
        int drawn = 0;
        for (int z = 5; z <= 12; z++) {
            if (maps.tile(WebMercator.tileAt(37.16, 36.2, z)).isPresent()) drawn++;
        }
        Thread.sleep(300);
        assertEquals(8, drawn);
        assertEquals(List.of(), proxied, "no URI may be looked up for a connection");
        assertEquals(0, connections.get(), "no socket may be opened");
        assertTrue(maps.attribution().contains("Natural Earth"));
    }

    @Test
    void trapsCatchAnOnlineSource_positiveControl() throws Exception {
        Settings settings = Settings.load(dir.resolve("config"));
        BaseMaps maps = new BaseMaps(dir.resolve("cache"), settings, new DirectTaskRunner(), BaseMapData.loadBundled());
        maps.select(new BaseMapChoice(BaseMapChoice.Kind.XYZ, trapTemplate()));
        assertTrue(maps.tile(new TileKey(9, 308, 201)).isEmpty(), "the trap answers nothing useful");
        for (int i = 0; i < 20 && connections.get() == 0; i++) Thread.sleep(50);
        assertTrue(connections.get() > 0, "the server trap saw the connection");
        assertTrue(proxied.stream().anyMatch(u -> u.getPort() == server.getLocalPort()), "the proxy trap saw it too");
        assertEquals("xyz", settings.get(Settings.BASEMAP, ""), "the choice is saved");
    }
}
