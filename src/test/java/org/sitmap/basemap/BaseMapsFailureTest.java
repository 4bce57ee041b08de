package org.sitmap.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.platform.Settings;
import org.sitmap.task.DirectTaskRunner;

class BaseMapsFailureTest {
    @TempDir
    Path dir;

    @Test
    void anOnlineSourceThatCannotBeReached_isReportedOnce_andAgainAfterItIsChosenAnew() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        BaseMaps maps = new BaseMaps(dir, Settings.load(dir), new DirectTaskRunner(), null);
        List<String> reports = new CopyOnWriteArrayList<>();
        maps.addFailureListener(reports::add);
        BaseMapChoice unreachable = new BaseMapChoice(BaseMapChoice.Kind.XYZ, "http://127.0.0.1:" + closedPort + "/{z}/{x}/{y}.png");
        maps.select(unreachable);
        assertTrue(maps.tile(new TileKey(8, 155, 101)).isEmpty());
        assertTrue(maps.tile(new TileKey(8, 156, 101)).isEmpty());
        assertEquals(1, reports.size());
        assertTrue(reports.get(0).startsWith("Map tiles cannot be fetched from 127.0.0.1"), reports.get(0));
        maps.select(unreachable);
        maps.tile(new TileKey(8, 155, 101));
        assertEquals(2, reports.size());
    }
}
