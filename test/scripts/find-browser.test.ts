// scripts/find-browser.cjs on a fresh machine: it must install every missing system package the
// tests need (it once installed chromium only, and the zh-CN screenshots showed boxes).
interface Machine {
  files: string[];
  root: boolean;
  zhFonts?: string; // what `fc-list :lang=zh family` prints; undefined: fc-list is missing
}

interface FindBrowser {
  ensureSystemPackages(): { name: string }[];
  ensureBrowser(): string | undefined;
}

function load(machine: Machine) {
  const commands: string[] = [];
  const errors: string[] = [];
  const platform = Object.getOwnPropertyDescriptor(process, "platform")!;
  const getuid = process.getuid;
  let mod: FindBrowser | undefined;
  jest.isolateModules(() => {
    jest.doMock("node:fs", () => ({ existsSync: (p: string) => machine.files.includes(p) }));
    jest.doMock("node:child_process", () => ({
      execSync: (command: string) => {
        commands.push(command);
        // apt-get installs what it was asked to install
        if (command.includes("chromium")) machine.files.push("/usr/bin/chromium");
        if (command.includes("fonts-wqy-microhei"))
          machine.files.push("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
        if (command.includes("libreoffice-calc")) machine.files.push("/usr/bin/soffice");
      },
      execFileSync: () => {
        if (machine.zhFonts === undefined) throw new Error("fc-list: not found");
        return machine.zhFonts;
      },
    }));
    mod = require("../../scripts/find-browser.cjs");
  });
  const run = <T>(f: () => T): T => {
    Object.defineProperty(process, "platform", { value: "linux" });
    process.getuid = () => (machine.root ? 0 : 1000);
    const chromePath = process.env.CHROME_PATH;
    delete process.env.CHROME_PATH; // npm test sets it
    const error = jest.spyOn(console, "error").mockImplementation((m) => errors.push(String(m)));
    const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      return f();
    } finally {
      Object.defineProperty(process, "platform", platform);
      process.getuid = getuid;
      if (chromePath !== undefined) process.env.CHROME_PATH = chromePath;
      error.mockRestore();
      log.mockRestore();
    }
  };
  return { mod: mod!, commands, errors, run };
}

const APT = "/usr/bin/apt-get";

describe("ensureSystemPackages", () => {
  test("as root with apt-get, installs the font and LibreOffice Calc even where a browser is present", () => {
    const m = load({ files: [APT, "/usr/bin/chromium"], root: true, zhFonts: "" });
    expect(m.run(() => m.mod.ensureSystemPackages())).toEqual([]);
    expect(m.commands).toEqual([
      "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-microhei libreoffice-calc",
    ]);
  });

  test("on a bare machine, installs all three in one apt-get call and then finds the browser", () => {
    const m = load({ files: [APT], root: true });
    expect(m.run(() => m.mod.ensureBrowser())).toBe("/usr/bin/chromium");
    expect(m.commands).toHaveLength(1);
    expect(m.commands[0]).toMatch(/install -y -qq chromium fonts-wqy-microhei libreoffice-calc$/);
  });

  test("installs nothing when all is there (any Chinese font fontconfig knows will do)", () => {
    const m = load({
      files: [APT, "/usr/bin/chromium", "/usr/bin/soffice"],
      root: true,
      zhFonts: "Noto Sans CJK SC\n",
    });
    expect(m.run(() => m.mod.ensureSystemPackages())).toEqual([]);
    expect(m.commands).toEqual([]);
  });

  test("without root, installs nothing and names what is missing with the command that installs it", () => {
    const m = load({ files: [APT, "/usr/bin/chromium"], root: false, zhFonts: "" });
    const missing = m.run(() => m.mod.ensureSystemPackages());
    expect(missing.map((p) => p.name)).toEqual(["fonts-wqy-microhei", "libreoffice-calc"]);
    expect(m.commands).toEqual([]);
    expect(m.errors.join("\n")).toContain(
      "sudo apt-get update && sudo apt-get install -y chromium fonts-wqy-microhei libreoffice-calc"
    );
  });
});
