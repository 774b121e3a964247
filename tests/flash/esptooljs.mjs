// Cross-check of flashsim with an independent client: esptool-js (Espressif's JavaScript
// flasher), driven from Node through a small Web-Serial-like port over flashsim's pty.
//
// usage: node esptooljs.mjs stub|rom PTY IMAGE
//   stub: esptool-js's normal flow: SYNC, chip detection, MAC, flasher stub upload
//         (MEM_BEGIN/DATA/END, "OHAI"), flash ID, writeFlash in 16 kB stub blocks.
//   rom:  no stub: the ROM loader itself.  esptool-js sends a 5-word FLASH_BEGIN, which the
//         ESP8266 ROM rejects (status 01 05); the test expects that, then sends the 4-word form
//         (as esptool.py does for the 8266) and lets esptool-js write 1 kB blocks.
// Prints one JSON line with what was learnt; exits 1 on any failure.
import fs from "node:fs";
import tty from "node:tty";
import { ESPLoader, Transport } from "esptool-js";

const [mode, ptyPath, imagePath] = process.argv.slice(2);
if (!mode || !ptyPath || !imagePath) {
  console.error("usage: node esptooljs.mjs stub|rom PTY IMAGE");
  process.exit(2);
}

// The part of the Web Serial SerialPort that esptool-js uses, over a pseudo-terminal.
// A pty has no modem lines, so setSignals does nothing (reset is not exercised here).
class PtyPort {
  constructor(path) {
    this.path = path;
    this.readable = null;
    this.writable = null;
  }
  getInfo() {
    return {};
  }
  async open() {
    this.rfd = fs.openSync(this.path, fs.constants.O_RDWR | fs.constants.O_NOCTTY);
    this.wfd = fs.openSync(this.path, fs.constants.O_RDWR | fs.constants.O_NOCTTY);
    this.rs = new tty.ReadStream(this.rfd);
    this.rs.setRawMode(true);
    this.ws = new tty.WriteStream(this.wfd);
    const rs = this.rs;
    this.readable = new ReadableStream({
      start(controller) {
        rs.on("data", (d) => controller.enqueue(new Uint8Array(d)));
        rs.on("close", () => {
          try {
            controller.close();
          } catch {
            /* already closed */
          }
        });
      },
      cancel() {
        rs.pause();
      },
    });
    const ws = this.ws;
    this.writable = new WritableStream({
      write(chunk) {
        return new Promise((resolve, reject) => ws.write(Buffer.from(chunk), (e) => (e ? reject(e) : resolve())));
      },
    });
  }
  async setSignals() {}
  async close() {
    this.rs.destroy();
    this.ws.destroy();
    this.readable = null;
    this.writable = null;
  }
}

const log = [];
const terminal = {
  clean() {},
  writeLine(s) {
    log.push(s);
  },
  write(s) {
    log.push(s);
  },
};

async function main() {
  const image = new Uint8Array(fs.readFileSync(imagePath));
  const transport = new Transport(new PtyPort(ptyPath), false);
  const loader = new ESPLoader({ transport, baudrate: 115200, romBaudrate: 115200, terminal });
  const result = { mode };
  if (mode === "stub") {
    result.chip = await loader.main("no_reset");
    result.mac = await loader.chip.readMac(loader);
    result.stub = loader.IS_STUB;
    result.flashId = (await loader.readFlashId()).toString(16);
  } else {
    await loader.detectChip("no_reset");
    result.chip = loader.chip.CHIP_NAME;
    result.mac = await loader.chip.readMac(loader);
    loader.FLASH_WRITE_SIZE = 0x400; // the ROM takes 1 kB FLASH_DATA blocks (as esptool.py)
    try {
      await loader.flashBegin(image.length, 0);
      result.fiveWordBegin = "accepted";
    } catch (e) {
      result.fiveWordBegin = String(e.message);
    }
    // esptool-js keeps no 4-word variant for the ROM: build that one packet here, leaving
    // sizes, erase size (esptool-js's own), blocks, checksums and SLIP to esptool-js.
    loader.flashBegin = async (size, offset) => {
      const blocks = Math.floor((size + loader.FLASH_WRITE_SIZE - 1) / loader.FLASH_WRITE_SIZE);
      const words = [loader.chip.getEraseSize(offset, size), blocks, loader.FLASH_WRITE_SIZE, offset];
      const pkt = new Uint8Array(16);
      words.forEach((w, i) => new DataView(pkt.buffer).setUint32(4 * i, w, true));
      await loader.checkCommand("enter Flash download mode", loader.ESP_FLASH_BEGIN, pkt, 0, 0, 10000);
      return blocks;
    };
  }
  await loader.writeFlash({
    fileArray: [{ data: image, address: 0 }],
    flashSize: "keep",
    flashMode: "keep",
    flashFreq: "keep",
    eraseAll: false,
    compress: false,
  });
  if (mode === "rom") await loader.softReset(false); // FLASH_BEGIN(0,0) + FLASH_END(run)
  result.written = image.length;
  console.log(JSON.stringify(result));
  await transport.disconnect().catch(() => {});
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error("esptool-js failed: " + (e && e.message) + "\n" + log.slice(-8).join("\n"));
    process.exit(1);
  },
);
