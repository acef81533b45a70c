/** Excel.Chart, ChartTitle and ChartCollection. Charts keep the address of their source data. */

import { formatAddress } from "./a1";
import { defineProps, FakeClientObject } from "./client-object";
import { FakeCollection } from "./collection";
import { invalidArgument, itemNotFound } from "./errors";
import { sameName } from "./names";
import { rangeArgument } from "./range-arguments";
import { FakeRange } from "./range-proxy";
import { excelApi } from "./requirements";
import type { ChartModel, SheetModel } from "./workbook-model";
import { FakeWorksheet } from "./worksheet-proxy";

const SERIES_BY = ["Auto", "Columns", "Rows"];

export class FakeChartTitle extends FakeClientObject<ChartModel> {
  declare text: string;
}
defineProps(FakeChartTitle, "ChartTitle", {
  text: { get: (c) => c.title, set: (c, value) => (c.title = String(value)) },
});

export class FakeChart extends FakeClientObject<ChartModel> {
  declare readonly id: string;
  declare name: string;
  declare chartType: string;

  constructor(
    context: FakeChart["context"],
    path: string,
    resolver: () => ChartModel | null,
    private readonly owner: () => SheetModel | null,
    options?: ConstructorParameters<typeof FakeClientObject>[3]
  ) {
    super(context, path, resolver, options);
  }

  get title(): FakeChartTitle {
    return this._nav(
      "title",
      () => new FakeChartTitle(this.context, `${this._path}.title`, () => this._model())
    );
  }

  get worksheet(): FakeWorksheet {
    return this._nav(
      "worksheet",
      () => new FakeWorksheet(this.context, `${this._path}.worksheet`, this.owner)
    );
  }

  protected override _navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === "title" ? (this.title as FakeClientObject<unknown>) : undefined;
  }

  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    this._call(
      "setPosition",
      endCell === undefined ? [startCell] : [startCell, endCell],
      (chart, location) => {
        const sheet = this.owner()!;
        const address = (cell: FakeRange | string) => {
          const ref = rangeArgument(cell, sheet, location);
          return formatAddress(ref.sheet.name, ref.rect);
        };
        chart.position = {
          startCell: address(startCell),
          endCell: endCell === undefined ? undefined : address(endCell),
        };
      }
    );
  }

  setData(sourceData: FakeRange, seriesBy = "Auto"): void {
    this._call("setData", [sourceData, seriesBy], (chart, location) => {
      const ref = rangeArgument(sourceData, this.owner()!, location);
      chart.sourceAddress = formatAddress(ref.sheet.name, ref.rect);
      chart.seriesBy = seriesBy;
    });
  }

  delete(): void {
    this._call("delete", [], (chart) => {
      const charts = this.owner()!.charts;
      charts.splice(charts.indexOf(chart), 1);
    });
  }
}
defineProps(FakeChart, "Chart", {
  id: { get: (c) => c.id },
  name: { get: (c) => c.name, set: (c, value) => (c.name = String(value)) },
  chartType: { get: (c) => c.chartType, set: (c, value) => (c.chartType = String(value)) },
});

export class FakeChartCollection extends FakeCollection<SheetModel, ChartModel, FakeChart> {
  declare readonly count: number;

  protected _list(sheet: SheetModel): ChartModel[] {
    return sheet.charts;
  }

  protected _item(chart: ChartModel, index: number): FakeChart {
    return new FakeChart(
      this.context,
      `${this._path}.items[${index}]`,
      () => chart,
      () => this._model()
    );
  }

  /** Excel names new charts "Chart 1", "Chart 2"… counting every chart in the workbook. */
  add(type: string, sourceData: FakeRange, seriesBy = "Auto"): FakeChart {
    let created: ChartModel | undefined;
    this._call("add", [type, sourceData, seriesBy], (sheet, location) => {
      if (!SERIES_BY.includes(seriesBy) || typeof type !== "string" || type === "")
        throw invalidArgument(location);
      const ref = rangeArgument(sourceData, sheet, location);
      const model = this.context._model;
      const names = new Set(model.sheets.flatMap((s) => s.charts.map((c) => c.name.toUpperCase())));
      let n = names.size + 1;
      while (names.has(`CHART ${n}`)) n++;
      created = {
        id: model.guid(),
        name: `Chart ${n}`,
        chartType: type,
        seriesBy,
        sourceAddress: formatAddress(ref.sheet.name, ref.rect),
        title: "",
      };
      sheet.charts.push(created);
    });
    return new FakeChart(
      this.context,
      this._childPath("add", [type, sourceData, seriesBy]),
      () => {
        if (!created) throw itemNotFound("ChartCollection.add");
        return created;
      },
      () => this._model()
    );
  }

  getItem(name: string): FakeChart {
    return new FakeChart(
      this.context,
      this._childPath("getItem", [name]),
      this._from((s) => {
        const chart = s.charts.find((c) => sameName(c.name, name));
        if (!chart) throw itemNotFound("ChartCollection.getItem");
        return chart;
      }),
      () => this._model()
    );
  }

  getItemOrNullObject(name: string): FakeChart {
    const find = this._from((s) => s.charts.find((c) => sameName(c.name, name)) ?? null);
    return new FakeChart(
      this.context,
      this._childPath("getItemOrNullObject", [name]),
      find,
      () => this._model(),
      {
        nullable: true,
        requires: excelApi("1.4"),
        requiresLocation: "ChartCollection.getItemOrNullObject",
      }
    );
  }
}
defineProps(FakeChartCollection, "ChartCollection", { count: { get: (s) => s.charts.length } });
