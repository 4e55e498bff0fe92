"""Workbook writers: the exports' streaming XLSX writer, the contract workbook, the template."""
