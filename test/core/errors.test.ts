import { InvalidArgumentError, NoMatchError, UnknownNameError } from "../../src/core/errors";

describe("query errors", () => {
  it("are made without a stack trace, and leave other errors' stack traces as they were", () => {
    const before = Error.stackTraceLimit;
    const errors = [
      new UnknownNameError("烟太", "city", [], "query"),
      new InvalidArgumentError("headers", "7"),
      new NoMatchError("clusters"),
    ];
    expect(Error.stackTraceLimit).toBe(before);
    for (const error of errors)
      expect(error.stack?.split("\n").filter((l) => /^\s+at /.test(l))).toEqual([]);
    expect(new Error("a fault").stack).toMatch(/\n\s+at /);
  });
  it("keep their English message and name", () => {
    const error = new UnknownNameError("烟太", "city", [{ zh: "烟台", en: "Yantai" }], "query");
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("UnknownNameError");
    expect(error.message).toBe(error.describe("en"));
  });
});
